using Probation.Orders.Activities;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// The state after one step and everything the step must send, in the order the orchestration sends it.
/// </summary>
/// <param name="View">The order view to publish; null when the step changed nothing staff see.</param>
/// <param name="Timeline">The timeline entries the step added.</param>
/// <param name="ClosedDuties">Duties that closed this step after their reminders had started.</param>
/// <param name="Rejection">Why the step's event had no effect, when it was rejected.</param>
internal sealed record OrderStepResult(
    OrderState State,
    OrderView? View,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Reminder> Reminders,
    IReadOnlyList<ClosedDuty> ClosedDuties,
    IReadOnlyList<WarningLetter> Letters,
    IReadOnlyList<StaffNotice> Notices,
    string? Rejection = null)
{
    /// <summary>A step that changed nothing, e.g. a repeated event id.</summary>
    public static OrderStepResult Unchanged(OrderState state) => new(state, null, [], [], [], [], []);
}
