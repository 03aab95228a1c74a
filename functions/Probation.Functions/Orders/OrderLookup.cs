using Probation.Functions.Hosting;
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
    public async Task<StoredOrderView?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        var id = new OrderId(orderId);
        if (!id.IsWellFormed)
        {
            return null;
        }

        if (await views.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } published)
        {
            return published;
        }

        if (await orders.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } order)
        {
            return null;
        }

        var preview = OrderPreview.Initial(order, policy, calendar, clock.Provider.GetUtcNow().UtcDateTime);
        return new StoredOrderView(preview.View, preview.Timeline);
    }
}
