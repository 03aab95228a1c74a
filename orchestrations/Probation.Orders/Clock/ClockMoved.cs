namespace Probation.Orders.Clock;

/// <summary>
/// The event raised on every open order when the business clock moves (<c>POST /admin/clock</c>): the new offset, and
/// a mark the order echoes in its custom status so the caller can tell when each order has applied it.
/// </summary>
public sealed record ClockMoved(TimeSpan Offset, string Mark)
{
    /// <summary>The external event name; never changes, running orders wait for it.</summary>
    public const string EventName = "BusinessClockMoved";
}
