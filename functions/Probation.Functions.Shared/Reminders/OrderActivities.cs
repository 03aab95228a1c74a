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
        foreach (var order in input.Reminders.GroupBy(r => r.OrderId))
        {
            // Stored (and listed) before they are queued, so whoever a message reaches can already find it over HTTP.
            var batch = order.ToList();
            var states = await reminders.StoreAsync(order.Key, batch, cancellationToken).ConfigureAwait(false);
            var messages = batch.Zip(states, (reminder, state) =>
            {
                ReminderLog.ReminderStored(logger, reminder.ReminderId, reminder.Kind, state);
                return (StaffNotificationKind.Reminder, reminder.ReminderId, JsonSerializer.Serialize(ReminderItem.From(reminder, state), OrderJson.Options));
            }).ToList();
            var sent = await notifications.SendAllOnceAsync(order.Key, messages, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < messages.Count; i++)
            {
                LogSend(order.Key, StaffNotificationKind.Reminder, messages[i].ReminderId, sent[i]);
            }
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
        LogSend(orderId, kind, id, await notifications.SendOnceAsync(kind, orderId, id, json, cancellationToken).ConfigureAwait(false));
    }

    private void LogSend(OrderId orderId, StaffNotificationKind kind, string id, bool sentNow)
    {
        if (sentNow)
        {
            ReminderLog.NotificationSent(logger, orderId.Value, kind, id);
        }
        else
        {
            ReminderLog.NotificationAlreadySent(logger, orderId.Value, kind, id);
        }
    }
}
