using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Policy;

namespace Probation.Orders.Lifecycle;

/// <summary>What a step works with besides the carried state: the order, its policy, the calendar and the time.</summary>
/// <param name="Now">The orchestration's time (UTC), never the machine's clock.</param>
internal sealed record OrderStepContext(OrderDocument Order, NationalStandardsPolicy Policy, WorkingDayCalendar Calendar, DateTime Now)
{
    /// <summary>The London date of <see cref="Now"/>: the day things are recorded on.</summary>
    public DateOnly Today { get; } = LondonTime.DateOf(Now);
}
