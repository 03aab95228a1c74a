namespace Probation.Orders.Activities;

/// <summary>
/// What the order orchestration needs from the outside world. The function app implements it over storage and
/// queues; tests and the simulation use recording fakes. Each call may be repeated (activities run at least once), so
/// implementations key their writes on the ids the inputs carry. The orchestration calls them through one activity per
/// step, <see cref="OrderActivityNames.RecordOrderStep"/>.
/// </summary>
public interface IOrderActivities
{
    /// <summary>Stores the reminders and puts each on <c>staff-notifications</c> once.</summary>
    Task SendRemindersAsync(SendRemindersInput input, CancellationToken cancellationToken);

    /// <summary>Marks every reminder of the closed duties resolved.</summary>
    Task ResolveRemindersAsync(ResolveRemindersInput input, CancellationToken cancellationToken);

    /// <summary>Puts the warning letter on <c>staff-notifications</c> once.</summary>
    Task SendWarningLetterAsync(WarningLetter letter, CancellationToken cancellationToken);

    /// <summary>Puts the notice to staff on <c>staff-notifications</c> once.</summary>
    Task SendStaffNoticeAsync(StaffNotice notice, CancellationToken cancellationToken);

    /// <summary>Stores the order as staff see it, replacing an older revision.</summary>
    Task PublishOrderViewAsync(OrderViewPublication publication, CancellationToken cancellationToken);
}
