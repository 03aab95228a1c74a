using Durable.AzureStorage.Rows;
using Durable.Backend;

namespace Durable.AzureStorage.Partitions;

/// <summary>What a commit changes in the owner's memory once storage has accepted it.</summary>
internal sealed record CommitEffects(
    InstanceRow? Row,
    IReadOnlyList<(string RowKey, ActivityRequest Request)> Activities,
    IReadOnlyList<(string RowKey, OrchestrationMessage Message)> Timers,
    IReadOnlyList<(string RowKey, OrchestrationMessage Message)> LocalMessages,
    IReadOnlyList<OutboxItem> Outbox);
