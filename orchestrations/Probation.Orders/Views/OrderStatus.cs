using Probation.Orders.Clock;
using Probation.Orders.Lifecycle;

namespace Probation.Orders.Views;

/// <summary>
/// The orchestration's <c>customStatus</c>: small and stable, so a poller of the status endpoint knows the phase, the
/// tier and what is due next without a second call.
/// </summary>
/// <param name="Clock">The business clock the order has applied.</param>
/// <param name="Idle">
/// True while the order waits with nothing due and nothing queued: what <c>POST /admin/clock</c> waits for.
/// </param>
public sealed record OrderStatus(OrderPhase Phase, int Tier, NextDuty? NextDue, OrderClock? Clock = null, bool Idle = false)
{
    /// <summary>The status of <paramref name="state"/>.</summary>
    public static OrderStatus Of(OrderState state, OrderClock? clock = null, bool idle = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var next = state.Duties.Where(d => d.State == DutyState.Open).MinBy(d => d.DueDate);
        return new OrderStatus(state.Phase, state.Tier.Value, next is null ? null : new NextDuty(next.RuleId, next.DueDate), clock, idle);
    }
}
