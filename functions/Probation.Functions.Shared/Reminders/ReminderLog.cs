using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>
/// Log messages of reminders and notifications (event ids 5100-5199): ids, kinds, states and counts only, never names,
/// dates of birth, notes or a reminder's reason.
/// </summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) stored; state {State}.")]
    public static partial void ReminderStored(ILogger logger, string reminderId, ReminderKind kind, ReminderState state);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Order {OrderId}: {Kind} {NotificationId} put on staff-notifications.")]
    public static partial void NotificationSent(ILogger logger, string orderId, StaffNotificationKind kind, string notificationId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug, Message = "Order {OrderId}: {Kind} {NotificationId} was put on staff-notifications before; not sent again.")]
    public static partial void NotificationAlreadySent(ILogger logger, string orderId, StaffNotificationKind kind, string notificationId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Order {OrderId}: {DutyCount} duties closed, {ReminderCount} reminders resolved.")]
    public static partial void RemindersResolved(ILogger logger, string orderId, int dutyCount, int reminderCount);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Reminder {ReminderId} acknowledged; state {State}.")]
    public static partial void ReminderAcknowledged(ILogger logger, string reminderId, ReminderState state);
}
