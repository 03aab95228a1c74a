using Durable.History;

namespace Durable.Replay;

internal sealed record CreateTimerAction(int Id, DateTime FireAt) : OrchestratorAction(Id)
{
    public override string Description => "created a timer";

    public override HistoryEvent ToHistoryEvent(DateTime timestamp) => new TimerCreatedEvent(Id, timestamp, FireAt);

    public override bool Matches(HistoryEvent recorded) => recorded is TimerCreatedEvent;
}
