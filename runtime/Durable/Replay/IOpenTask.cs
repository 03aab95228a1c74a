namespace Durable.Replay;

/// <summary>A task orchestrator code awaits, completed when its completion event is replayed or arrives.</summary>
internal interface IOpenTask
{
    void Complete(string? result);

    void Fail(Exception exception);
}
