using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Orders;

/// <summary>
/// Decides the fate of one <c>court-orders</c> message (<see cref="QueueOptions"/>), for the self-host's listener and
/// the Functions queue trigger alike: the document is taken exactly as <c>POST /api/orders</c> takes it. A message
/// that cannot be read or validated moves to <c>court-orders-poison</c> with the reason after one try; one that fails
/// for a transient reason is left to come back, and moves there with the reason on its
/// <see cref="MaxDequeueCount"/>th try. Deleting the message from <c>court-orders</c> is the host's part.
/// </summary>
internal sealed class CourtOrderHandler(
    QueueServiceClient storage,
    IOptions<QueueOptions> queues,
    OrderIntake intake,
    CourtOrdersPoisonStore poisonStore,
    ILogger<CourtOrderHandler> logger)
    : IStorageInitializer
{
    /// <summary>The tries a message gets; host.json's <c>queues.maxDequeueCount</c> says the same to the Functions host.</summary>
    public const int MaxDequeueCount = 5;

    /// <summary>The queue service's limit on a message's text.</summary>
    private const int MaxMessageBytes = 64 * 1024;

    /// <summary>How much of the reason a poison message carries when the whole is stored aside.</summary>
    private const int ShortReasonLength = 1_000;

    // The poison message holds the original text as a JSON string: escaping only what JSON must keeps it close to the
    // original's size (the default encoder writes each quote as six characters).
    private static readonly JsonSerializerOptions EnvelopeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly QueueClient _queue = storage.GetQueueClient(queues.Value.CourtOrders);
    private readonly QueueClient _poison = storage.GetQueueClient(queues.Value.CourtOrdersPoison);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the message's order in. A storage failure while moving it to the poison queue is thrown: the message
    /// then stays where it is and comes back.
    /// </summary>
    public async Task<CourtOrderDisposition> HandleAsync(CourtOrderMessage message, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (CourtOrderText.Decode(message.Text) is not { } document)
        {
            return await PoisonAsync(message, "the message is neither a JSON document nor base64-encoded JSON", cancellationToken).ConfigureAwait(false);
        }

        IntakeOutcome outcome;
        try
        {
            outcome = await intake.SubmitAsync(document, client, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A storage attempt that timed out is a transient failure like any other; only the host stopping is not.
            if (message.DequeueCount >= MaxDequeueCount)
            {
                return await PoisonAsync(message, $"it failed {message.DequeueCount} times, last with {exception.GetType().Name}", cancellationToken).ConfigureAwait(false);
            }

            Log.CourtOrderRetry(logger, exception, message.MessageId, message.DequeueCount);
            return CourtOrderDisposition.Retry;
        }

        return outcome.Kind switch
        {
            IntakeOutcomeKind.Invalid => await PoisonAsync(
                message, "the order document is invalid: " + JsonSerializer.Serialize(outcome.Errors), cancellationToken).ConfigureAwait(false),
            IntakeOutcomeKind.Conflicting => await PoisonAsync(
                message, $"another order document is stored under order id {outcome.OrderId!.Value.Value}", cancellationToken).ConfigureAwait(false),
            _ => CourtOrderDisposition.Accepted,
        };
    }

    /// <summary>
    /// Puts the message on the poison queue with the reason: kept, never dropped. When the two do not fit in one queue
    /// message, both are stored whole in a table and the poison message says where.
    /// </summary>
    private async Task<CourtOrderDisposition> PoisonAsync(CourtOrderMessage message, string reason, CancellationToken cancellationToken)
    {
        var poisoned = new PoisonedCourtOrder(message.MessageId, message.DequeueCount, reason, message.Text);
        var envelope = JsonSerializer.Serialize(poisoned, EnvelopeJson);
        if (Encoding.UTF8.GetByteCount(envelope) > MaxMessageBytes)
        {
            await poisonStore.StoreAsync(poisoned, cancellationToken).ConfigureAwait(false);
            var shortReason = reason.Length > ShortReasonLength ? reason[..ShortReasonLength] : reason;
            envelope = JsonSerializer.Serialize(poisoned with { Reason = shortReason, Message = null, StoredIn = poisonStore.TableName }, EnvelopeJson);
        }

        await _poison.SendMessageAsync(envelope, visibilityTimeout: null, QueueMessageLifetime.NeverExpires, cancellationToken).ConfigureAwait(false);
        Log.CourtOrderPoisoned(logger, message.MessageId, message.DequeueCount, reason.Length > 200 ? reason[..200] : reason);
        return CourtOrderDisposition.Poisoned;
    }
}
