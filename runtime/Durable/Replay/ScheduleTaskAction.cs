using Durable.History;

namespace Durable.Replay;

internal sealed record ScheduleTaskAction(int Id, string Name, string? Input) : OrchestratorAction(Id)
{
    public override string Description => $"scheduled activity '{Name}'";

    public override HistoryEvent ToHistoryEvent(DateTime timestamp) => new TaskScheduledEvent(Id, timestamp, Name, Input);

    public override bool Matches(HistoryEvent recorded) =>
        recorded is TaskScheduledEvent scheduled && string.Equals(scheduled.Name, Name, StringComparison.OrdinalIgnoreCase);
}
