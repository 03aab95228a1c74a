using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Orders;

/// <summary>
/// The self-host's reader of the <c>court-orders</c> queue (<see cref="QueueOptions"/>), where Azure runs the Functions
/// queue trigger: it polls, hands each message to the shared <see cref="CourtOrderHandler"/>, and deletes the message
/// once it is accepted or moved to the poison queue. A message is deleted only then: none is dropped.
/// </summary>
internal sealed class CourtOrdersQueueListener(
    QueueServiceClient storage,
    IOptions<QueueOptions> queues,
    CourtOrderHandler handler,
    DurableTaskClient client,
    TimeProvider time,
    ILogger<CourtOrdersQueueListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(2);

    private readonly QueueClient _queue = storage.GetQueueClient(queues.Value.CourtOrders);

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
                // While storage is down this comes every few seconds: one line each, not a stack trace per attempt.
                if (StorageUnavailable.Is(exception))
                {
                    HostLog.CourtOrdersStorageUnavailable(logger, StorageUnavailable.Cause(exception));
                }
                else
                {
                    HostLog.CourtOrdersPollFailed(logger, exception);
                }

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
            var received = new CourtOrderMessage(message.MessageId, message.DequeueCount, message.Body.ToString());
            if (await handler.HandleAsync(received, client, cancellationToken).ConfigureAwait(false) != CourtOrderDisposition.Retry)
            {
                await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            Log.CourtOrderRetry(logger, exception, message.MessageId, message.DequeueCount);
        }
    }

    /// <summary>
    /// A request the SDK pipeline gave up on, after its own retries: the service's answer (a stale pop receipt is a
    /// 404), a connection that kept failing (several failed attempts come as one <see cref="AggregateException"/>), or an
    /// attempt that timed out while the host is still running.
    /// </summary>
    private static bool IsStorageFailure(Exception exception, CancellationToken stoppingToken) =>
        exception is RequestFailedException or AggregateException || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested);
}
