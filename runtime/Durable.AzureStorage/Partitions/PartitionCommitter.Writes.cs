using System.Net;
using AzureStorage.Client;
using AzureStorage.Client.Tables;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class PartitionCommitter
{
    private async Task CommitAsync(List<CommitRequest> group)
    {
        var transaction = new TableTransaction();
        LeaseOp().AddTo(transaction);
        foreach (var op in group.SelectMany(r => r.Atomic))
        {
            op.AddTo(transaction);
        }

        try
        {
            var result = await _hub.Table.SubmitTransactionAsync(transaction, _stop.Token).ConfigureAwait(false);
            _leaseETag = result.ETags[0] ?? _leaseETag;
            var offset = 1;
            foreach (var request in group)
            {
                request.Done.TrySetResult(result.ETags.Skip(offset).Take(request.Atomic.Count).ToList());
                offset += request.Atomic.Count;
            }
        }
        catch (TableTransactionFailedException failed) when (failed.FailedActionIndex is { } index)
        {
            Reject(group, index, failed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var request in group)
            {
                request.Done.TrySetException(exception);
            }
        }
    }

    /// <summary>
    /// One operation of a shared transaction failed: the lease (this host lost the partition), a row that is already
    /// gone (drop the operation and retry), or a commit's own row (fail that commit, retry the others).
    /// </summary>
    private void Reject(List<CommitRequest> group, int index, TableTransactionFailedException failed)
    {
        if (index == 0)
        {
            Log.LeaseLost(_hub.Logger, _partitionKey, _hub.HostId);
            foreach (var request in group)
            {
                request.Done.TrySetException(new PartitionLostException(_partitionKey));
            }

            LoseLease();
            return;
        }

        var offset = 1;
        foreach (var request in group)
        {
            if (index < offset + request.Atomic.Count)
            {
                var op = request.Atomic[index - offset];
                if (op.MayBeGone && failed.Status == HttpStatusCode.NotFound)
                {
                    request.Atomic.RemoveAt(index - offset);
                }
                else
                {
                    request.Done.TrySetException(failed);
                }

                break;
            }

            offset += request.Atomic.Count;
        }

        for (var i = group.Count - 1; i >= 0; i--)
        {
            if (!group[i].Done.Task.IsCompleted)
            {
                _retries.AddFirst(group[i]);
            }
        }
    }

    /// <summary>A commit too large for one transaction: idempotent writes first, then the atomic part, then clean-up.</summary>
    private async Task CommitLargeAsync(CommitRequest request)
    {
        try
        {
            await WriteIdempotentAsync(request.Before).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            request.Done.TrySetException(exception);
            return;
        }

        // The atomic part may be retried by the main loop (a row already gone), so its outcome is relayed when it comes.
        var atomic = new CommitRequest(request.Atomic, [], []);
        _ = atomic.Done.Task.ContinueWith(
            outcome =>
            {
                if (outcome.IsCompletedSuccessfully)
                {
                    request.Done.TrySetResult(outcome.Result);
                    _ = CleanUpAsync(request.After);
                }
                else
                {
                    request.Done.TrySetException(outcome.Exception?.InnerException ?? new PartitionLostException(_partitionKey));
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        await CommitAsync([atomic]).ConfigureAwait(false);
    }

    /// <summary>Deletes rows a commit consumed beyond its atomic part; a row left behind is found stale and removed later.</summary>
    private async Task CleanUpAsync(List<TableOp> operations)
    {
        try
        {
            await WriteIdempotentAsync(operations).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is StorageException or OperationCanceledException)
        {
            Log.CleanUpFailed(_hub.Logger, exception, _partitionKey);
        }
    }

    private async Task WriteIdempotentAsync(List<TableOp> operations)
    {
        foreach (var chunk in Chunks(operations))
        {
            await SubmitIgnoringGoneAsync(chunk).ConfigureAwait(false);
        }
    }

    private async Task SubmitIgnoringGoneAsync(List<TableOp> chunk)
    {
        while (chunk.Count > 0)
        {
            var transaction = new TableTransaction();
            chunk.ForEach(op => op.AddTo(transaction));
            try
            {
                await _hub.Table.SubmitTransactionAsync(transaction, _stop.Token).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException failed)
                when (failed.Status == HttpStatusCode.NotFound && failed.FailedActionIndex is { } index && chunk[index].MayBeGone)
            {
                chunk.RemoveAt(index);
            }
        }
    }

    private static IEnumerable<List<TableOp>> Chunks(List<TableOp> operations)
    {
        var chunk = new List<TableOp>();
        var bytes = 0;
        foreach (var op in operations)
        {
            if (chunk.Count == TableTransaction.MaxActions || bytes + op.EstimatedBytes > MaxBatchBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(op);
            bytes += op.EstimatedBytes;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            _leaseETag = await _hub.Table.UpdateAsync(LeaseOp().Entity, _leaseETag, TableUpdateMode.Merge, _stop.Token).ConfigureAwait(false);
        }
        catch (StorageException exception) when (IsLeaseConflict(exception))
        {
            Log.LeaseLost(_hub.Logger, _partitionKey, _hub.HostId);
            LoseLease();
        }
        catch (StorageException exception)
        {
            Log.LeaseRenewalFailed(_hub.Logger, exception, _partitionKey);
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await _hub.Table.UpdateAsync(LeaseEntity.Free(_partitionKey), _leaseETag, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false);
            Log.LeaseReleased(_hub.Logger, _partitionKey, _hub.HostId);
        }
        catch (Exception exception) when (exception is StorageException or ObjectDisposedException)
        {
            // Best effort: an unreleased lease only delays the next owner until it expires.
            Log.LeaseRenewalFailed(_hub.Logger, exception, _partitionKey);
        }
    }
}
