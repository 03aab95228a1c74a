using Probation.Functions.Clock;
using Probation.Orders.Calendar;
using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>
/// Finds an order as staff see it: its published view, or, between the order's acceptance and the first publication,
/// the view its first step computes.
/// </summary>
internal sealed class OrderLookup(OrderStore orders, OrderViewStore views, NationalStandardsPolicy policy, WorkingDayCalendar calendar, BusinessClock clock)
{
    /// <summary>The order's view with its timeline, for <c>GET /api/orders/{orderId}</c>.</summary>
    public async Task<OrderViewWithTimeline?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        new OrderId(orderId) is { IsWellFormed: true } id
            ? await views.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? await PreviewAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>The order's view alone (one row read, however long its timeline), for checking an event against it.</summary>
    public async Task<OrderView?> FindViewAsync(string orderId, CancellationToken cancellationToken) =>
        new OrderId(orderId) is { IsWellFormed: true } id
            ? await views.GetViewAsync(id, cancellationToken).ConfigureAwait(false) ?? (await PreviewAsync(id, cancellationToken).ConfigureAwait(false))?.View
            : null;

    private async Task<OrderViewWithTimeline?> PreviewAsync(OrderId id, CancellationToken cancellationToken) =>
        await orders.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } order
            ? OrderPreview.Initial(order, policy, calendar, clock.Provider.GetUtcNow().UtcDateTime)
            : null;
}
