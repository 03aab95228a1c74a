using Azure;
using Azure.Data.Tables;
using Probation.Functions.Storage;

namespace Probation.Functions.Reminders;

/// <summary>
/// The rows of <c>{hub}NotificationsSent</c>: one per message, claimed (<c>Sending</c>) by the run that puts it on the
/// queue and marked <c>Sent</c> once it is there. Two runs of one activity overlap when the engine delivers its message
/// twice (it sends a step's messages before committing the step, so a crash in between schedules them again); the claim
/// lets only one of them send.
/// </summary>
internal sealed class SendClaims(TableClient table, TimeProvider system)
{
    private const string Sending = "Sending";
    private const string Sent = "Sent";

    // A claim older than this belongs to a run that died before it marked the message sent: the next run takes it over
    // (and may send the message a second time, the one case a queue put cannot rule out). Far above a live run's
    // claim-to-mark time, below the engine's redelivery of a dead run's activity.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    // How long a run keeps trying to mark a message it has put: through a storage outage of a few minutes. Failing the
    // run instead would have its retry take the claim over and put the message a second time.
    private static readonly TimeSpan MarkRetryFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MarkRetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Claims the message for this run: the claim's ETag, or null when the message was sent already. Waits while a live
    /// run holds the claim, then answers null once that run has sent it.
    /// </summary>
    public async Task<ETag?> ClaimAsync(string partition, string row, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var added = await table.AddEntityAsync(Claim(partition, row), cancellationToken).ConfigureAwait(false);
                return added.Headers.ETag;
            }
            catch (RequestFailedException e) when (TableRace.IsLost(e))
            {
            }

            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue)
            {
                continue;
            }

            var entity = existing.Value!;
            if (entity.GetString("State") != Sending)
            {
                return null;
            }

            if (system.GetUtcNow() - entity.GetDateTimeOffset("ClaimedAt") > Lease)
            {
                try
                {
                    var taken = await table.UpdateEntityAsync(Claim(partition, row), entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                    return taken.Headers.ETag;
                }
                catch (RequestFailedException e) when (TableRace.IsLost(e))
                {
                    continue;
                }
            }

            await Task.Delay(Poll, system, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims several messages of one partition: in one transaction when none was claimed before, else one by one as
    /// <see cref="ClaimAsync"/> does. Returns each one's claim, null where it was sent already, in order.
    /// </summary>
    public async Task<IReadOnlyList<ETag?>> ClaimAllAsync(string partition, IReadOnlyList<string> rows, CancellationToken cancellationToken)
    {
        if (rows.Count is > 1 and <= TableLimits.MaxTransactionActions)
        {
            try
            {
                List<TableTransactionAction> claims = [.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, Claim(partition, row)))];
                var added = await table.SubmitTransactionAsync(claims, cancellationToken).ConfigureAwait(false);
                return [.. added.Value.Select(response => (ETag?)response.Headers.ETag!.Value)];
            }
            catch (TableTransactionFailedException e) when (TableRace.IsLost(e))
            {
            }
        }

        var each = new List<ETag?>(rows.Count);
        foreach (var row in rows)
        {
            each.Add(await ClaimAsync(partition, row, cancellationToken).ConfigureAwait(false));
        }

        return each;
    }

    /// <summary>
    /// Marks the claimed message sent, trying again while storage is unreachable (for up to <see cref="MarkRetryFor"/>).
    /// A claim taken over meanwhile (this run outlived its lease) is left to its new holder.
    /// </summary>
    public async Task MarkSentAsync(string partition, string row, ETag claim, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var giveUpAt = system.GetUtcNow() + MarkRetryFor;
        while (true)
        {
            try
            {
                await table.UpdateEntityAsync(Mark(partition, row, sentAt), claim, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (TableRace.IsLost(e))
            {
                return;
            }
            catch (Exception e) when (StorageUnavailable.Is(e) && system.GetUtcNow() < giveUpAt && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(MarkRetryPause, system, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static TableEntity Mark(string partition, string row, DateTimeOffset sentAt) =>
        new(partition, row) { ["State"] = Sent, ["SentAt"] = sentAt };

    private TableEntity Claim(string partition, string row) =>
        new(partition, row) { ["State"] = Sending, ["ClaimedAt"] = system.GetUtcNow() };
}
