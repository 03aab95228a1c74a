using Durable.History;

namespace Durable.Replay;

internal sealed record CreateSubOrchestrationAction(int Id, string Name, string InstanceId, string? Input) : OrchestratorAction(Id)
{
    public override string Description => $"started sub-orchestration '{Name}'";

    public override HistoryEvent ToHistoryEvent(DateTime timestamp) =>
        new SubOrchestrationInstanceCreatedEvent(Id, timestamp, Name, InstanceId, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is SubOrchestrationInstanceCreatedEvent created
        && string.Equals(created.Name, Name, StringComparison.OrdinalIgnoreCase);
}
