using Probation.Orders.Calendar;

namespace Probation.Orders.Orchestrators;

/// <summary>What an order does next: apply <see cref="Event"/>, or wake up when it is null, at business time <see cref="Now"/>.</summary>
internal sealed record NextStep(PendingEvent? Event, DateTime Now)
{
    /// <summary>
    /// The wake-up for <paramref name="date"/>. It is stepped at the wake-up instant even when business time has moved
    /// further (the clock jumped, or the host was down), so what fell due in between is processed day by day, in order.
    /// </summary>
    public static NextStep WakeUp(DateOnly date, DateTime now)
    {
        var instant = LondonTime.WakeUpOn(date);
        return new NextStep(null, instant < now ? instant : now);
    }
}
