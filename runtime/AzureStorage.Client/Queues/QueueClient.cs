using System.Globalization;
using System.Net;
using AzureStorage.Client.Http;

namespace AzureStorage.Client.Queues;

/// <summary>
/// One queue of the Queue service. Delivery is at least once: a received message reappears after its
/// visibility timeout unless deleted with its pop receipt.
/// </summary>
public sealed class QueueClient
{
    /// <summary>Pass as time-to-live for a message that never expires (sent as <c>messagettl=-1</c>).</summary>
    public static readonly TimeSpan NeverExpires = Timeout.InfiniteTimeSpan;

    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    private readonly StorageTransport _transport;

    internal QueueClient(StorageTransport transport, string name)
    {
        _transport = transport;
        Name = name;
    }

    /// <summary>The queue's name.</summary>
    public string Name { get; }

    /// <summary>Creates the queue; does nothing when it already exists.</summary>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("Queue.Create", HttpMethod.Put, Name, [], cancellationToken).ConfigureAwait(false);
        // An existing queue answers 204, or 409 QueueAlreadyExists when its metadata differs from none.
        if (response.Status == HttpStatusCode.Conflict && response.Header("x-ms-error-code") == "QueueAlreadyExists")
        {
            return false;
        }

        return response.EnsureSuccess().Status == HttpStatusCode.Created;
    }

    /// <summary>Deletes the queue and its messages; does nothing when it does not exist.</summary>
    /// <returns>True when this call deleted it.</returns>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("Queue.Delete", HttpMethod.Delete, Name, [], cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccess();
        return true;
    }

    /// <summary>Puts a message.</summary>
    /// <param name="text">The message text, sent as is (XML-escaped on the wire). Up to 64 KiB once encoded.</param>
    /// <param name="visibilityDelay">How long the message stays invisible; zero to 7 days, rounded up to seconds.</param>
    /// <param name="timeToLive">How long the message lives: null for the service's 7 days, or <see cref="NeverExpires"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<QueueSendReceipt> SendMessageAsync(
        string text, TimeSpan visibilityDelay = default, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<KeyValuePair<string, string>> query = [Seconds("visibilitytimeout", visibilityDelay, TimeSpan.Zero, MaxVisibility, nameof(visibilityDelay))];
        if (timeToLive is { } ttl)
        {
            query.Add(ttl == NeverExpires ? KeyValuePair.Create("messagettl", "-1") : Seconds("messagettl", ttl, TimeSpan.FromSeconds(1), TimeSpan.MaxValue, nameof(timeToLive)));
        }

        var request = new StorageRequest(StorageService.Queue, "Queue.Put", HttpMethod.Post, $"{Name}/messages")
        {
            Query = query,
            Body = QueueXml.MessageBody(text, nameof(text)),
            ContentType = QueueXml.ContentType,
        };
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return QueueXml.ReadSendReceipt(response.EnsureSuccess().Body);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> visible messages and hides them.</summary>
    /// <param name="maxMessages">1 to 32.</param>
    /// <param name="visibilityTimeout">How long they stay hidden; 1 s to 7 days, rounded up to seconds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(
        int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var response = await SendAsync(
            "Queue.Get",
            HttpMethod.Get,
            $"{Name}/messages",
            [Count(maxMessages), Seconds("visibilitytimeout", visibilityTimeout, TimeSpan.FromSeconds(1), MaxVisibility, nameof(visibilityTimeout))],
            cancellationToken).ConfigureAwait(false);
        return QueueXml.ReadReceived(response.EnsureSuccess().Body);
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> visible messages without hiding them.</summary>
    public async Task<IReadOnlyList<PeekedQueueMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var response = await SendAsync(
            "Queue.Peek", HttpMethod.Get, $"{Name}/messages", [KeyValuePair.Create("peekonly", "true"), Count(maxMessages)], cancellationToken)
            .ConfigureAwait(false);
        return QueueXml.ReadPeeked(response.EnsureSuccess().Body);
    }

    /// <summary>Deletes a received message.</summary>
    /// <exception cref="StorageNotFoundException">The message is gone, or the pop receipt is stale.</exception>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var response = await SendAsync(
            "Queue.DeleteMessage", HttpMethod.Delete, MessagePath(messageId), [KeyValuePair.Create("popreceipt", popReceipt)], cancellationToken)
            .ConfigureAwait(false);
        response.EnsureSuccess();
    }

    /// <summary>Changes how long a received message stays hidden, and optionally its text.</summary>
    /// <param name="messageId">The message's id.</param>
    /// <param name="popReceipt">The latest pop receipt of the message; it is invalid afterwards.</param>
    /// <param name="visibilityTimeout">From now, zero to 7 days, rounded up to seconds.</param>
    /// <param name="text">New text, or null to keep the current text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<QueueUpdateReceipt> UpdateMessageAsync(
        string messageId, string popReceipt, TimeSpan visibilityTimeout, string? text = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var request = new StorageRequest(StorageService.Queue, "Queue.UpdateMessage", HttpMethod.Put, MessagePath(messageId))
        {
            Query = [KeyValuePair.Create("popreceipt", popReceipt), Seconds("visibilitytimeout", visibilityTimeout, TimeSpan.Zero, MaxVisibility, nameof(visibilityTimeout))],
            Body = text is null ? null : QueueXml.MessageBody(text, nameof(text)),
            ContentType = text is null ? null : QueueXml.ContentType,
        };
        var response = (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        return new QueueUpdateReceipt(
            response.Header("x-ms-popreceipt") ?? throw new FormatException("The Queue service's answer has no x-ms-popreceipt."),
            QueueXml.ParseTime(response.Header("x-ms-time-next-visible") ?? throw new FormatException("The Queue service's answer has no x-ms-time-next-visible.")));
    }

    /// <summary>The service's approximate count of messages, hidden ones included.</summary>
    public async Task<long> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("Queue.Count", HttpMethod.Get, Name, [KeyValuePair.Create("comp", "metadata")], cancellationToken)
            .ConfigureAwait(false);
        var count = response.EnsureSuccess().Header("x-ms-approximate-messages-count");
        return long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException("The Queue service's answer has no x-ms-approximate-messages-count.");
    }

    /// <summary>Deletes every message in the queue.</summary>
    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync("Queue.Clear", HttpMethod.Delete, $"{Name}/messages", [], cancellationToken).ConfigureAwait(false);
        response.EnsureSuccess();
    }

    private Task<StorageResponse> SendAsync(
        string operation, HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken) =>
        _transport.SendAsync(new StorageRequest(StorageService.Queue, operation, method, path) { Query = query }, cancellationToken);

    private string MessagePath(string messageId) => $"{Name}/messages/{Uri.EscapeDataString(messageId)}";

    private static KeyValuePair<string, string> Count(int maxMessages) =>
        KeyValuePair.Create("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));

    private static KeyValuePair<string, string> Seconds(string name, TimeSpan value, TimeSpan min, TimeSpan max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must lie between {min} and {max}.");
        }

        var seconds = (long)Math.Ceiling(value.TotalSeconds);
        return KeyValuePair.Create(name, seconds.ToString(CultureInfo.InvariantCulture));
    }
}
