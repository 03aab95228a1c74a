using Durable.Backend;
using Durable.History;

namespace Durable.InMemory;

public sealed partial class InMemoryBackend
{
    // System timers cannot wait longer than about 49 days, so a longer timer is reached in steps; and the clock may have
    // moved past a timer's due time since it was read, so a wakeup is never set in the past.
    private static readonly TimeSpan MaxWakeupDelay = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinWakeupDelay = TimeSpan.FromMilliseconds(1);

    private readonly PriorityQueue<OrchestrationMessage, (DateTime FireAt, long Sequence)> _timers = new();
    private readonly ITimer _wakeup;
    private long _timerSequence;
    private DateTime? _wakeupAt;

    /// <inheritdoc />
    public Task<DateTime?> GetNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            PromoteDueTimers();
            return Task.FromResult(_timers.TryPeek(out _, out var key) ? key.FireAt : (DateTime?)null);
        }
    }

    private void AddTimer(OrchestrationMessage timer)
    {
        var fireAt = ((TimerFiredEvent)timer.Event).FireAt;
        _timers.Enqueue(timer, (fireAt, _timerSequence++));
        if (fireAt <= _timeProvider.GetUtcNow().UtcDateTime)
        {
            PromoteDueTimers();
        }
        else
        {
            ArmWakeup();
        }
    }

    /// <summary>Moves every due timer into its instance's inbox, in due order; must hold the lock.</summary>
    private void PromoteDueTimers()
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        while (_timers.TryPeek(out var timer, out var key) && key.FireAt <= now)
        {
            _timers.Dequeue();
            Deliver(timer);
        }

        ArmWakeup();
    }

    private void ArmWakeup()
    {
        if (!_timers.TryPeek(out _, out var key))
        {
            return;
        }

        if (_wakeupAt == key.FireAt)
        {
            return;
        }

        _wakeupAt = key.FireAt;
        var delay = key.FireAt - _timeProvider.GetUtcNow().UtcDateTime;
        _wakeup.Change(TimeSpan.FromTicks(Math.Clamp(delay.Ticks, MinWakeupDelay.Ticks, MaxWakeupDelay.Ticks)), Timeout.InfiniteTimeSpan);
    }

    private void OnWakeup()
    {
        lock (_gate)
        {
            _wakeupAt = null;
            PromoteDueTimers();
        }
    }
}
