namespace Durable.AzureStorage.Partitions;

/// <summary>The backend's handle on a locked instance: its partition, its slot and the messages the episode took.</summary>
internal sealed record SlotLock(OwnedPartition Partition, InstanceSlot Slot, IReadOnlyList<PendingMessage> Taken);
