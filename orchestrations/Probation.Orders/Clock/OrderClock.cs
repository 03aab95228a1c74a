namespace Probation.Orders.Clock;

/// <summary>
/// The business clock as one order knows it. The engine keeps the machine's time; business time is the orchestration's
/// time plus <see cref="Offset"/>, so a durable timer for business instant T is set for T − <see cref="Offset"/>. In
/// production the offset stays zero; time travel (tests, demos) moves it forward with a <see cref="ClockMoved"/> event.
/// </summary>
/// <param name="Offset">Business time minus orchestration time; never negative.</param>
/// <param name="Mark">The mark of the last <see cref="ClockMoved"/> event applied, or null before the first.</param>
public sealed record OrderClock(TimeSpan Offset, string? Mark = null)
{
    /// <summary>The production clock: business time is the orchestration's time.</summary>
    public static OrderClock Zero { get; } = new(TimeSpan.Zero);

    /// <summary>The business instant at orchestration time <paramref name="orchestrationUtc"/>.</summary>
    public DateTime BusinessTime(DateTime orchestrationUtc) => orchestrationUtc + Offset;

    /// <summary>The orchestration instant at which business instant <paramref name="businessUtc"/> comes.</summary>
    public DateTime OrchestrationTime(DateTime businessUtc) => businessUtc - Offset;

    /// <summary>This clock after <paramref name="moved"/>; the offset never goes back.</summary>
    public OrderClock Apply(ClockMoved moved)
    {
        ArgumentNullException.ThrowIfNull(moved);
        return new OrderClock(moved.Offset > Offset ? moved.Offset : Offset, moved.Mark);
    }
}
