namespace Probation.Orders.Activities;

/// <summary>
/// What the order orchestration needs from the outside world. The function app implements it over storage and
/// queues; tests and the simulation use recording fakes. Each call may be repeated (activities run at least once), so
/// implementations key their writes on the ids the inputs carry.
/// </summary>
public interface IOrderActivities
{
    /// <summary><see cref="OrderActivityNames.SendReminders"/>.</summary>
    Task SendRemindersAsync(SendRemindersInput input, CancellationToken cancellationToken);

    /// <summary><see cref="OrderActivityNames.ResolveReminders"/>.</summary>
    Task ResolveRemindersAsync(ResolveRemindersInput input, CancellationToken cancellationToken);

    /// <summary><see cref="OrderActivityNames.SendWarningLetter"/>.</summary>
    Task SendWarningLetterAsync(WarningLetter letter, CancellationToken cancellationToken);

    /// <summary><see cref="OrderActivityNames.SendStaffNotice"/>.</summary>
    Task SendStaffNoticeAsync(StaffNotice notice, CancellationToken cancellationToken);

    /// <summary><see cref="OrderActivityNames.PublishOrderView"/>.</summary>
    Task PublishOrderViewAsync(OrderViewPublication publication, CancellationToken cancellationToken);
}
