using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Probation.Functions.Clock;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Identifiers;

namespace Probation.Functions.Reminders;

/// <summary>
/// The queue <c>staff-notifications</c> (API.md; <see cref="QueueOptions.StaffNotifications"/>), which whatever delivers
/// email, SMS or case-system updates reads, and the table <c>{hub}NotificationsSent</c> that records each message put
/// there (partition = the order, row = <c>{kind}|{id}</c>: warning ids are unique within an order only), so that an
/// activity run again does not send it again.
/// </summary>
internal sealed class StaffNotifications(
    TableServiceClient tableStorage, QueueServiceClient queueStorage, AppTables tables, IOptions<QueueOptions> queues, BusinessClock clock)
    : IStorageInitializer
{
    private readonly QueueClient _queue = queueStorage.GetQueueClient(queues.Value.StaffNotifications);
    private readonly TableClient _sent = tableStorage.GetTableClient(tables.NotificationsSent);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _sent.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts <paramref name="json"/> on the queue unless the order's message of this kind and id was recorded as sent. Returns
    /// whether it sent it now.
    /// </summary>
    /// <remarks>
    /// Sent first, recorded second. If the process dies between the two (or two runs of the activity overlap), the retry
    /// sends the message again: delivery is at least once, never at most once, since a lost deadline reminder costs more
    /// than a repeated one. Every message carries its ids (<c>orderId</c> with <c>reminderId</c>, <c>warningId</c> or
    /// <c>noticeId</c>), so a consumer drops a repeat by remembering what it has delivered, as it must anyway for the
    /// queue's own redelivery of a message it failed to delete.
    /// </remarks>
    public async Task<bool> SendOnceAsync(
        StaffNotificationKind kind, OrderId orderId, string id, string json, CancellationToken cancellationToken)
    {
        var row = kind + "|" + id;
        if (await _sent.FindAsync(orderId.Value, row, select: null, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        // Never expires: a consumer that is down for a week must still find its reminders.
        await _queue.SendMessageAsync(json, visibilityTimeout: null, QueueMessageLifetime.NeverExpires, cancellationToken).ConfigureAwait(false);
        var record = new TableEntity(orderId.Value, row) { ["SentAt"] = clock.Provider.GetUtcNow() };
        await _sent.UpsertEntityAsync(record, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
