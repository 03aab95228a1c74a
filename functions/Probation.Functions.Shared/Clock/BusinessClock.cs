using Probation.Orders.Calendar;
using Probation.Orders.Clock;

namespace Probation.Functions.Clock;

/// <summary>
/// The clock of due dates and reminders: the system clock plus an offset that only time travel moves
/// (<c>Clock:Mode=Virtual</c>). Each order carries the offset it has applied (<see cref="OrderClock"/>); this is the
/// host's copy, handed to new orders and to everything outside the orchestrations that needs business time.
/// </summary>
internal sealed class BusinessClock
{
    private readonly TimeProvider _system;
    private OrderClock _current = OrderClock.Zero;

    public BusinessClock(ClockMode mode, TimeProvider system)
    {
        IsVirtual = mode == ClockMode.Virtual;
        _system = system;
        Provider = new BusinessTimeProvider(this, system);
    }

    public bool IsVirtual { get; }

    /// <summary>The clock as orders apply it: the offset and the mark of the last move.</summary>
    public OrderClock Current => Volatile.Read(ref _current);

    /// <summary>Business time, for code outside the orchestrations.</summary>
    public TimeProvider Provider { get; }

    /// <summary>Business time now.</summary>
    public DateTimeOffset Now => Provider.GetUtcNow();

    /// <summary>The business date today in London, the date that due dates and working days count from.</summary>
    public DateOnly Today => LondonTime.DateOf(Now.UtcDateTime);

    /// <summary>The offset that puts business time at <paramref name="target"/> now.</summary>
    public TimeSpan OffsetFor(DateTimeOffset target) => target - _system.GetUtcNow();

    /// <summary>Takes <paramref name="clock"/> unless it would move business time backwards.</summary>
    public void Set(OrderClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        OrderClock seen;
        do
        {
            seen = Current;
            if (clock.Offset < seen.Offset)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _current, clock, seen) != seen);
    }
}
