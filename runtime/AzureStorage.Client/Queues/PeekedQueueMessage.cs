namespace AzureStorage.Client.Queues;

/// <summary>A message seen by peeking: left visible, so it carries no pop receipt.</summary>
/// <param name="MessageId">The service's id of the message.</param>
/// <param name="DequeueCount">How many times the message has been received.</param>
/// <param name="InsertedOn">When the message was put.</param>
/// <param name="ExpiresOn">When the service drops the message; 9999-12-31 for messages that never expire.</param>
/// <param name="Text">The message text exactly as put.</param>
public sealed record PeekedQueueMessage(
    string MessageId,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset ExpiresOn,
    string Text);
