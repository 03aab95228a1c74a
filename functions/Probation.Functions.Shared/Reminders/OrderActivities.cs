using System.Text.Json;
using Probation.Functions.Orders;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Validation;

namespace Probation.Functions.Reminders;

/// <summary>
/// The order orchestration's side effects: reminders stored and listed for staff, reminders, warning letters and notices
/// put on <c>staff-notifications</c> once each, and the published view. Every call may be a repeat (activities run at
/// least once); each write is keyed by the ids the input carries.
/// </summary>
internal sealed class OrderActivities(
    OrderViewStore views, ReminderStore reminders, StaffNotifications notifications, ILogger<OrderActivities> logger) : IOrderActivities
{
    public async Task SendRemindersAsync(SendRemindersInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var reminder in input.Reminders)
        {
            // Stored (and listed) before it is queued, so whoever the message reaches can already find it over HTTP.
            var state = await reminders.StoreAsync(reminder, cancellationToken).ConfigureAwait(false);
            ReminderLog.ReminderStored(logger, reminder.ReminderId, reminder.Kind, state);
            await NotifyAsync(StaffNotificationKind.Reminder, reminder.OrderId, reminder.ReminderId, ReminderItem.From(reminder, state), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ResolveRemindersAsync(ResolveRemindersInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resolved = await reminders.ResolveDutiesAsync(input.OrderId, [.. input.Duties.Select(d => d.DutyId)], cancellationToken).ConfigureAwait(false);
        ReminderLog.RemindersResolved(logger, input.OrderId.Value, input.Duties.Count, resolved);
    }

    public Task SendWarningLetterAsync(WarningLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return NotifyAsync(StaffNotificationKind.WarningLetter, letter.OrderId, letter.WarningId, letter, cancellationToken);
    }

    public Task SendStaffNoticeAsync(StaffNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return NotifyAsync(StaffNotificationKind.StaffNotice, notice.OrderId, notice.NoticeId, notice, cancellationToken);
    }

    public Task PublishOrderViewAsync(OrderViewPublication publication, CancellationToken cancellationToken) =>
        views.PublishAsync(publication, cancellationToken);

    private async Task NotifyAsync<T>(StaffNotificationKind kind, OrderId orderId, string id, T message, CancellationToken cancellationToken)
    {
        // The contract's JSON (camelCase, enums by name, dates as yyyy-MM-dd), as the HTTP routes answer it.
        var json = JsonSerializer.Serialize(message, OrderJson.Options);
        if (await notifications.SendOnceAsync(kind, orderId, id, json, cancellationToken).ConfigureAwait(false))
        {
            ReminderLog.NotificationSent(logger, orderId.Value, kind, id);
        }
        else
        {
            ReminderLog.NotificationAlreadySent(logger, orderId.Value, kind, id);
        }
    }
}
