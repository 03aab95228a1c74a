using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;

namespace Probation.Orders.Views;

/// <summary>
/// The view an order has the moment it is received, computed as its orchestration's first step computes it: what
/// staff see between the order's acceptance and the first publication of its view.
/// </summary>
public static class OrderPreview
{
    public static OrderViewWithTimeline Initial(OrderDocument order, NationalStandardsPolicy policy, WorkingDayCalendar calendar, DateTime receivedAt)
    {
        var started = OrderStep.Start(new OrderStepContext(order, policy, calendar, receivedAt));
        return new OrderViewWithTimeline(started.View!, started.Timeline);
    }
}
