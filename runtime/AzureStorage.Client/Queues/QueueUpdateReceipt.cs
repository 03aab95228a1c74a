namespace AzureStorage.Client.Queues;

/// <summary>The result of changing a message's visibility: the old pop receipt is no longer valid.</summary>
/// <param name="PopReceipt">The pop receipt to use from now on.</param>
/// <param name="NextVisibleOn">When the message becomes visible again.</param>
public sealed record QueueUpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
