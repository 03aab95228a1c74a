namespace AzureStorage.Client.Queues;

/// <summary>The service's acknowledgement of a put message.</summary>
/// <param name="MessageId">The id given to the message.</param>
/// <param name="PopReceipt">A pop receipt usable to delete or update the message before it is received.</param>
/// <param name="InsertedOn">When the message was put.</param>
/// <param name="ExpiresOn">When the service drops the message; 9999-12-31 for messages that never expire.</param>
/// <param name="NextVisibleOn">When the message first becomes visible to receivers.</param>
public sealed record QueueSendReceipt(
    string MessageId,
    string PopReceipt,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    DateTimeOffset NextVisibleOn);
