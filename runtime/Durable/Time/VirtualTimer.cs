namespace Durable.Time;

/// <summary>A timer of a <see cref="VirtualTimeProvider"/>.</summary>
internal sealed class VirtualTimer(VirtualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private bool _disposed;

    public DateTimeOffset DueAt { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_disposed)
        {
            return false;
        }

        _period = period;
        clock.Schedule(this, dueTime);
        return true;
    }

    /// <summary>Takes the timer off the schedule before it fires, re-arming a periodic one; called under the clock's lock.</summary>
    public void Elapse() => clock.Reschedule(this, _period);

    public void Fire()
    {
        if (!_disposed)
        {
            callback(state);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        clock.Cancel(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
