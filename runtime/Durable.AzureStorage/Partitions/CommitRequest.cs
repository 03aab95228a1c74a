using AzureStorage.Client.Tables;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// Writes for one partition: <see cref="Atomic"/> commit together with the lease check; <see cref="Before"/> are
/// idempotent writes that only become live through the atomic batch; <see cref="After"/> are idempotent clean-up.
/// </summary>
internal sealed class CommitRequest(List<TableOp> atomic, List<TableOp> before, List<TableOp> after)
{
    public List<TableOp> Atomic { get; } = atomic;

    public List<TableOp> Before { get; } = before;

    public List<TableOp> After { get; } = after;

    public bool CanShareBatch => Before.Count == 0 && After.Count == 0;

    public int EstimatedBytes => Atomic.Sum(op => op.EstimatedBytes);

    /// <summary>Completes with the new ETag of each atomic operation, in order.</summary>
    public TaskCompletionSource<IReadOnlyList<ETag?>> Done { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
