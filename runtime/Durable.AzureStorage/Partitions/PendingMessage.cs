using Durable.Backend;

namespace Durable.AzureStorage.Partitions;

/// <summary>A message waiting for its instance's next episode, with the row that holds it.</summary>
internal sealed class PendingMessage(OrchestrationMessage message, PendingKind kind, string rowKey, int dequeueCount = 0)
{
    public OrchestrationMessage Message { get; } = message;

    public PendingKind Kind { get; } = kind;

    public string RowKey { get; } = rowKey;

    /// <summary>Episodes that took the message and failed.</summary>
    public int DequeueCount { get; set; } = dequeueCount;
}
