using System.Threading.Channels;
using AzureStorage.Client;
using AzureStorage.Client.Tables;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// Writes one partition's commits. Commits that arrive while a batch is in flight share the next entity-group
/// transaction (group commit), and every transaction also renews the partition's lease under its ETag, so a host that
/// lost the lease can never commit again. An idle partition renews its lease on its own.
/// </summary>
internal sealed partial class PartitionCommitter : IAsyncDisposable
{
    /// <summary>What one transaction may carry, estimated: a margin under the service's 4 MiB request limit.</summary>
    public const int MaxBatchBytes = 3_000_000;

    private readonly HubContext _hub;
    private readonly string _partitionKey;
    private readonly Channel<CommitRequest> _requests = Channel.CreateUnbounded<CommitRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LinkedList<CommitRequest> _retries = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Action _onLeaseLost;
    private readonly Task _loop;
    private ETag _leaseETag;
    private DateTimeOffset _lastLeaseWrite;
    private bool _releaseOnStop;

    public PartitionCommitter(HubContext hub, string partitionKey, ETag leaseETag, Action onLeaseLost)
    {
        _hub = hub;
        _partitionKey = partitionKey;
        _leaseETag = leaseETag;
        _lastLeaseWrite = hub.LeaseClock.GetUtcNow();
        _onLeaseLost = onLeaseLost;
        _loop = Task.Run(RunAsync);
    }

    public bool Lost { get; private set; }

    public Task<IReadOnlyList<ETag?>> SubmitAsync(CommitRequest request)
    {
        if (Lost || !_requests.Writer.TryWrite(request))
        {
            request.Done.TrySetException(new PartitionLostException(_partitionKey));
        }

        return request.Done.Task;
    }

    /// <summary>Stops after the commits already submitted, and frees the lease for another host when asked.</summary>
    public async Task StopAsync(bool releaseLease)
    {
        _releaseOnStop = releaseLease;
        _requests.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            while (!Lost && await NextAsync().ConfigureAwait(false) is { } first)
            {
                if (first.CanShareBatch)
                {
                    await CommitAsync(Group(first)).ConfigureAwait(false);
                }
                else
                {
                    await CommitLargeAsync(first).ConfigureAwait(false);
                }
            }

            if (_releaseOnStop && !Lost)
            {
                await ReleaseAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            FailRemaining();
        }
    }

    /// <summary>The next commit to write, renewing the lease whenever the partition stays idle for a renewal interval.</summary>
    private async Task<CommitRequest?> NextAsync()
    {
        if (_retries.First is { } retry)
        {
            _retries.RemoveFirst();
            return retry.Value;
        }

        while (true)
        {
            if (_requests.Reader.TryRead(out var request))
            {
                return request;
            }

            var untilRenewal = _lastLeaseWrite + _hub.Options.LeaseRenewInterval - _hub.LeaseClock.GetUtcNow();
            if (untilRenewal <= TimeSpan.Zero)
            {
                await RenewAsync().ConfigureAwait(false);
                if (Lost)
                {
                    return null;
                }

                continue;
            }

            using var renewalDue = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            renewalDue.CancelAfter(untilRenewal);
            try
            {
                if (!await _requests.Reader.WaitToReadAsync(renewalDue.Token).ConfigureAwait(false))
                {
                    return null;
                }
            }
            catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
            {
            }
        }
    }

    private List<CommitRequest> Group(CommitRequest first)
    {
        var group = new List<CommitRequest> { first };
        var operations = first.Atomic.Count + 1;
        var bytes = first.EstimatedBytes;
        while (_requests.Reader.TryPeek(out var next)
            && next.CanShareBatch
            && operations + next.Atomic.Count <= TableTransaction.MaxActions
            && bytes + next.EstimatedBytes <= MaxBatchBytes
            && _requests.Reader.TryRead(out next))
        {
            group.Add(next);
            operations += next.Atomic.Count;
            bytes += next.EstimatedBytes;
        }

        return group;
    }

    private TableOp LeaseOp()
    {
        _lastLeaseWrite = _hub.LeaseClock.GetUtcNow();
        return new TableOp(
            TableTransactionActionType.UpdateMerge, LeaseEntity.Held(_partitionKey, _hub.HostId, _lastLeaseWrite + _hub.Options.LeaseDuration), _leaseETag);
    }

    private void FailRemaining()
    {
        var failure = new PartitionLostException(_partitionKey);
        foreach (var retry in _retries)
        {
            retry.Done.TrySetException(failure);
        }

        _retries.Clear();
        while (_requests.Reader.TryRead(out var request))
        {
            request.Done.TrySetException(failure);
        }
    }

    private void LoseLease()
    {
        Lost = true;
        _requests.Writer.TryComplete();
        _onLeaseLost();
    }

    private static bool IsLeaseConflict(StorageException exception) =>
        exception is StoragePreconditionFailedException or StorageNotFoundException
        || exception is StorageRequestException { Status: System.Net.HttpStatusCode.PreconditionFailed };
}
