using Durable.History;

namespace Durable.Replay;

internal sealed record SendEventAction(int Id, string InstanceId, string Name, string? Input) : OrchestratorAction(Id)
{
    public override string Description => $"sent event '{Name}'";

    public override HistoryEvent ToHistoryEvent(DateTime timestamp) => new EventSentEvent(Id, timestamp, InstanceId, Name, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is EventSentEvent sent && string.Equals(sent.Name, Name, StringComparison.OrdinalIgnoreCase);
}
