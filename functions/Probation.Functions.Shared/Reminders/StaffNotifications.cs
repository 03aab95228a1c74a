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
/// activity run again, or twice at once, does not send it again.
/// </summary>
internal sealed class StaffNotifications(
    TableServiceClient tableStorage, QueueServiceClient queueStorage, AppTables tables, IOptions<QueueOptions> queues, BusinessClock clock,
    TimeProvider system)
    : IStorageInitializer
{
    private readonly QueueClient _queue = queueStorage.GetQueueClient(queues.Value.StaffNotifications);
    private readonly TableClient _sent = tableStorage.GetTableClient(tables.NotificationsSent);
    private readonly SendClaims _claims = new(tableStorage.GetTableClient(tables.NotificationsSent), system);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _sent.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Puts <paramref name="json"/> on the queue unless the order's message of this kind and id was sent before or is
    /// being sent by another run. Returns whether it sent it now.
    /// </summary>
    /// <remarks>
    /// Claimed first, sent second, marked sent third. Only a process dying between the put and the mark makes the next
    /// run send the message again: delivery is at least once, never at most once, since a lost deadline reminder costs
    /// more than a repeated one. Every message carries its ids (<c>orderId</c> with <c>reminderId</c>, <c>warningId</c>
    /// or <c>noticeId</c>), so a consumer drops a repeat by remembering what it has delivered, as it must anyway for the
    /// queue's own redelivery of a message it failed to delete.
    /// </remarks>
    public async Task<bool> SendOnceAsync(
        StaffNotificationKind kind, OrderId orderId, string id, string json, CancellationToken cancellationToken) =>
        (await SendAllOnceAsync(orderId, [(kind, id, json)], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Puts one order's messages on the queue as <see cref="SendOnceAsync"/> does, claiming them together.
    /// Returns which it sent now, in order.
    /// </summary>
    /// <remarks>
    /// Each is marked sent as soon as it is on the queue, not all at the end: a process dying mid-way then leaves at most
    /// one message put and not marked, the one that goes out again.
    /// </remarks>
    public async Task<IReadOnlyList<bool>> SendAllOnceAsync(
        OrderId orderId, IReadOnlyList<(StaffNotificationKind Kind, string Id, string Json)> messages, CancellationToken cancellationToken)
    {
        var rows = messages.Select(m => m.Kind + "|" + m.Id).ToList();
        var claims = await _claims.ClaimAllAsync(orderId.Value, rows, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < messages.Count; i++)
        {
            if (claims[i] is { } claim)
            {
                await _queue.SendMessageAsync(messages[i].Json, visibilityTimeout: null, QueueMessageLifetime.NeverExpires, cancellationToken).ConfigureAwait(false);
                await _claims.MarkSentAsync(orderId.Value, rows[i], claim, clock.Provider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }

        return [.. claims.Select(claim => claim is not null)];
    }
}
