using Probation.Orders.Lifecycle;

namespace Probation.Orders.Views;

/// <summary>
/// The orchestration's <c>customStatus</c>: small and stable, so a poller of the status endpoint knows the phase, the
/// tier and what is due next without a second call.
/// </summary>
public sealed record OrderStatus(OrderPhase Phase, int Tier, NextDuty? NextDue)
{
    /// <summary>The status of <paramref name="state"/>.</summary>
    public static OrderStatus Of(OrderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var next = state.Duties.Where(d => d.State == DutyState.Open).MinBy(d => d.DueDate);
        return new OrderStatus(state.Phase, state.Tier.Value, next is null ? null : new NextDuty(next.RuleId, next.DueDate));
    }
}
