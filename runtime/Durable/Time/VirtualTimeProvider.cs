namespace Durable.Time;

/// <summary>
/// A clock that moves only when told to: for tests, simulations and demonstrations. Timers created from it fire, in due
/// order, while <see cref="AdvanceTo"/> moves past their due time.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _timers = [];
    private DateTimeOffset _now;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The starting instant.</param>
    public VirtualTimeProvider(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing the timers due on the way.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        AdvanceTo(GetUtcNow() + delta);
    }

    /// <summary>Moves the clock to <paramref name="target"/>, firing the timers due on the way, in due order.</summary>
    /// <param name="target">The new time; not earlier than now.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is earlier than now: the clock never goes back.</exception>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            VirtualTimer? due;
            lock (_gate)
            {
                if (target < _now)
                {
                    throw new ArgumentOutOfRangeException(nameof(target), $"The clock never moves backwards: it is {_now:o}, not {target:o}.");
                }

                due = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.DueAt > _now)
                {
                    _now = due.DueAt;
                }

                due.Elapse();
            }

            due.Fire();
        }
    }

    internal void Schedule(VirtualTimer timer, TimeSpan dueTime)
    {
        bool fireNow;
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = _now + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            fireNow = timer.DueAt <= _now;
            if (!fireNow)
            {
                _timers.Add(timer);
            }
        }

        // A timer due now fires at once, on another thread, as a system timer would.
        if (fireNow)
        {
            ThreadPool.QueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
        }
    }

    /// <summary>Takes a due timer off the schedule, or moves a periodic one to its next due time; must hold the lock.</summary>
    internal void Reschedule(VirtualTimer timer, TimeSpan period)
    {
        _timers.Remove(timer);
        if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
        {
            timer.DueAt += period;
            _timers.Add(timer);
        }
    }

    internal void Cancel(VirtualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }
}
