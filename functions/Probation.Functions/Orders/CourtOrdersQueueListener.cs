using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Orders;

/// <summary>
/// The <c>court-orders</c> queue (<see cref="QueueOptions"/>): each message is an order document, plain or base64-encoded, taken exactly as
/// <c>POST /api/orders</c> takes it. A message that cannot be read or validated moves to <c>court-orders-poison</c>
/// with the reason after one try; one that fails for a transient reason is retried and moves there after
/// <see cref="MaxDequeueCount"/> tries. A message is deleted only once handled or moved: none is dropped.
/// </summary>
internal sealed class CourtOrdersQueueListener(
    QueueServiceClient storage,
    IOptions<QueueOptions> queues,
    OrderIntake intake,
    CourtOrdersPoisonStore poisonStore,
    TimeProvider time,
    ILogger<CourtOrdersQueueListener> logger)
    : BackgroundService, IStorageInitializer
{
    public const int MaxDequeueCount = 5;

    /// <summary>The queue service's limit on a message's text.</summary>
    private const int MaxMessageBytes = 64 * 1024;

    /// <summary>How much of the reason a poison message carries when the whole is stored aside.</summary>
    private const int ShortReasonLength = 1_000;

    // The poison message holds the original text as a JSON string: escaping only what JSON must keeps it close to the
    // original's size (the default encoder writes each quote as six characters).
    private static readonly JsonSerializerOptions EnvelopeJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(2);

    private readonly QueueClient _queue = storage.GetQueueClient(queues.Value.CourtOrders);
    private readonly QueueClient _poison = storage.GetQueueClient(queues.Value.CourtOrdersPoison);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = MinPollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                QueueMessage[] messages = await _queue.ReceiveMessagesAsync(32, VisibilityTimeout, stoppingToken).ConfigureAwait(false);
                foreach (var message in messages)
                {
                    await HandleOneAsync(message, stoppingToken).ConfigureAwait(false);
                }

                delay = messages.Length > 0 ? MinPollInterval : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollInterval.Ticks));
            }
            catch (Exception exception) when (IsStorageFailure(exception, stoppingToken))
            {
                Log.CourtOrdersPollFailed(logger, exception);
                delay = MaxPollInterval;
            }

            try
            {
                // The host's TimeProvider is real time on purpose: the business clock may be virtual.
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Handles a message; a storage failure leaves it to come back later and does not hold up the others.</summary>
    private async Task HandleOneAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            Log.CourtOrderRetry(logger, exception, message.MessageId, message.DequeueCount);
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (CourtOrderText.Decode(message.Body.ToString()) is not { } document)
        {
            await PoisonAsync(message, "the message is neither a JSON document nor base64-encoded JSON", cancellationToken).ConfigureAwait(false);
            return;
        }

        IntakeOutcome outcome;
        try
        {
            outcome = await intake.SubmitAsync(document, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A storage attempt that timed out is a transient failure like any other; only the host stopping is not.
            if (message.DequeueCount >= MaxDequeueCount)
            {
                await PoisonAsync(message, $"it failed {message.DequeueCount} times, last with {exception.GetType().Name}", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Log.CourtOrderRetry(logger, exception, message.MessageId, message.DequeueCount);
            }

            return;
        }

        switch (outcome.Kind)
        {
            case IntakeOutcomeKind.Invalid:
                await PoisonAsync(message, "the order document is invalid: " + JsonSerializer.Serialize(outcome.Errors), cancellationToken).ConfigureAwait(false);
                break;
            case IntakeOutcomeKind.Conflicting:
                await PoisonAsync(message, $"another order document is stored under order id {outcome.OrderId!.Value.Value}", cancellationToken).ConfigureAwait(false);
                break;
            default:
                await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Moves a message to the poison queue with the reason, then deletes it here: kept, never dropped. When the two do
    /// not fit in one queue message, both are stored whole in a table and the poison message says where.
    /// </summary>
    private async Task PoisonAsync(QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        var poisoned = new PoisonedCourtOrder(message.MessageId, message.DequeueCount, reason, message.Body.ToString());
        var envelope = JsonSerializer.Serialize(poisoned, EnvelopeJson);
        if (Encoding.UTF8.GetByteCount(envelope) > MaxMessageBytes)
        {
            await poisonStore.StoreAsync(poisoned, cancellationToken).ConfigureAwait(false);
            var shortReason = reason.Length > ShortReasonLength ? reason[..ShortReasonLength] : reason;
            envelope = JsonSerializer.Serialize(poisoned with { Reason = shortReason, Message = null, StoredIn = poisonStore.TableName }, EnvelopeJson);
        }

        await _poison.SendMessageAsync(envelope, visibilityTimeout: null, QueueMessageLifetime.NeverExpires, cancellationToken).ConfigureAwait(false);
        await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        Log.CourtOrderPoisoned(logger, message.MessageId, message.DequeueCount, reason.Length > 200 ? reason[..200] : reason);
    }

    /// <summary>
    /// A request the SDK pipeline gave up on, after its own retries: the service's answer (a stale pop receipt is a
    /// 404), a connection that kept failing (several failed attempts come as one <see cref="AggregateException"/>), or an
    /// attempt that timed out while the host is still running.
    /// </summary>
    private static bool IsStorageFailure(Exception exception, CancellationToken stoppingToken) =>
        exception is RequestFailedException or AggregateException || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested);
}
