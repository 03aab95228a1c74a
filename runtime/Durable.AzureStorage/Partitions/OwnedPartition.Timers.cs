using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class OwnedPartition
{
    private static readonly TimeSpan MaxWakeupDelay = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinWakeupDelay = TimeSpan.FromMilliseconds(1);

    private readonly PriorityQueue<(string RowKey, OrchestrationMessage Message), (DateTime FireAt, long Sequence)> _timers = new();
    private readonly ITimer _wakeup;
    private long _timerSequence;
    private DateTime? _wakeupAt;

    /// <summary>Tracks a timer row; its message joins the instance's pending messages when the business clock reaches it.</summary>
    private void AddTimer(string rowKey, OrchestrationMessage timer)
    {
        var fireAt = ((TimerFiredEvent)timer.Event).FireAt;
        _timers.Enqueue((rowKey, timer), (fireAt, _timerSequence++));
        PromoteDueTimers();
    }

    private void PromoteDueTimers()
    {
        var now = _hub.Clock.GetUtcNow().UtcDateTime;
        while (_timers.TryPeek(out var timer, out var key) && key.FireAt <= now)
        {
            _timers.Dequeue();
            var slot = Slot(timer.Message.InstanceId);
            slot.Pending.Add(new PendingMessage(timer.Message, PendingKind.Timer, timer.RowKey));
            MakeReady(slot);
        }

        if (_timers.TryPeek(out _, out var next) && _wakeupAt != next.FireAt && IsActive)
        {
            _wakeupAt = next.FireAt;
            var delay = next.FireAt - now;
            _wakeup.Change(TimeSpan.FromTicks(Math.Clamp(delay.Ticks, MinWakeupDelay.Ticks, MaxWakeupDelay.Ticks)), Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimerWakeup()
    {
        lock (_gate)
        {
            _wakeupAt = null;
            PromoteDueTimers();
        }
    }

    /// <summary>Promotes the timers the business clock has reached; the clock driver calls it after moving a virtual clock.</summary>
    public void CheckTimers()
    {
        lock (_gate)
        {
            PromoteDueTimers();
        }
    }
}
