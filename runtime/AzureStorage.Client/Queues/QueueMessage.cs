namespace AzureStorage.Client.Queues;

/// <summary>A message received from a queue and hidden from other receivers until <see cref="NextVisibleOn"/>.</summary>
/// <param name="MessageId">The service's id of the message.</param>
/// <param name="PopReceipt">Proof of this receipt, needed to delete the message or change its visibility.</param>
/// <param name="DequeueCount">How many times the message has been received, this time included.</param>
/// <param name="InsertedOn">When the message was put.</param>
/// <param name="ExpiresOn">When the service drops the message; 9999-12-31 for messages that never expire.</param>
/// <param name="NextVisibleOn">When the message becomes visible again unless deleted or updated first.</param>
/// <param name="Text">The message text exactly as put; see <see cref="QueueMessageText"/> for base64.</param>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    DateTimeOffset NextVisibleOn,
    string Text);
