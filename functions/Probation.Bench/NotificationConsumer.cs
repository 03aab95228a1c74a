using Azure.Storage.Queues;

namespace Probation.Bench;

/// <summary>
/// Takes the host's <c>staff-notifications</c> messages off the queue, as the staff systems that consume them do, with a
/// client that is not counted. Left on the queue they pile up, six or so per order, and Azurite slows for every queue
/// request of the account as they do (README, Benchmark): without a consumer the bench would measure the pile.
/// </summary>
internal sealed class NotificationConsumer : IAsyncDisposable
{
    private const int BatchSize = 32;

    // How long the consumer waits after finding the queue empty: soon enough that little piles up meanwhile.
    private static readonly TimeSpan IdlePause = TimeSpan.FromMilliseconds(200);

    private readonly QueueClient _queue;
    private readonly TimeProvider _time;
    private readonly BackgroundLoop _consuming;
    private long _taken;

    public NotificationConsumer(QueueClient queue, TimeProvider time)
    {
        _queue = queue;
        _time = time;
        _consuming = new BackgroundLoop(ConsumeAsync);
    }

    /// <summary>How many messages it has taken and deleted.</summary>
    public long Taken => Interlocked.Read(ref _taken);

    public ValueTask DisposeAsync() => _consuming.DisposeAsync();

    private async Task ConsumeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var messages = (await _queue.ReceiveMessagesAsync(BatchSize, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            foreach (var message in messages)
            {
                await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _taken);
            }

            if (messages.Length == 0)
            {
                await Task.Delay(IdlePause, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
