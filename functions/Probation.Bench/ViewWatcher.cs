using System.Collections.Concurrent;
using Azure.Data.Tables;
using Probation.Functions.Orders;
using Probation.Orders.Identifiers;
using Probation.Orders.Views;

namespace Probation.Bench;

/// <summary>
/// Waits for orders' published views to show something. Every <see cref="ScanInterval"/> while anything is awaited it
/// reads the revision of every view in one small query, then reads in full only the awaited views whose revision
/// changed: the watching costs the account little, however many orders are awaited. It reads the published view, not
/// <c>GET /api/orders/{orderId}</c>, which answers with a preview computed from the order until the orchestration has
/// published its first view: the bench measures the engine's work.
/// </summary>
/// <remarks>A view is seen at the end of the scan that first shows it: times are late by up to one scan and its interval.</remarks>
internal sealed class ViewWatcher : IAsyncDisposable
{
    public static readonly TimeSpan ScanInterval = TimeSpan.FromMilliseconds(100);

    // OrderViewStore's layout: one partition per order, its latest view in the row "view" with its "Revision". A query
    // that selects properties gets only those, so the partition key is asked for by name.
    private const string ViewRow = "view";
    private const string Revision = "Revision";
    private const string PartitionKey = "PartitionKey";

    private readonly TableClient _table;
    private readonly OrderViewStore _views;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, ViewWatch> _watches = new();
    private readonly Dictionary<string, (int Revision, OrderView View)> _read = new(StringComparer.Ordinal);
    private readonly BackgroundLoop _scanning;
    private long _nextWatch;
    private long _scans;
    private long _scanTicks;

    public ViewWatcher(TableClient table, OrderViewStore views, TimeProvider time)
    {
        _table = table;
        _views = views;
        _time = time;
        _scanning = new BackgroundLoop(ScanAsync);
    }

    /// <summary>How many scans ran and how long they took on average, to judge what the watching cost the account.</summary>
    public (long Scans, TimeSpan Mean) Scans
    {
        get
        {
            var scans = Interlocked.Read(ref _scans);
            return (scans, scans == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Interlocked.Read(ref _scanTicks) / scans));
        }
    }

    /// <summary>The timestamp at which <paramref name="orderId"/>'s view was first seen to satisfy <paramref name="shows"/>.</summary>
    public async Task<long> WaitAsync(string orderId, Func<OrderView, bool> shows, CancellationToken cancellationToken)
    {
        var watch = new ViewWatch(orderId, shows, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        var id = Interlocked.Increment(ref _nextWatch);
        _watches[id] = watch;
        try
        {
            return await watch.Seen.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _watches.TryRemove(id, out _);
        }
    }

    public ValueTask DisposeAsync() => _scanning.DisposeAsync();

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(ScanInterval, _time, cancellationToken).ConfigureAwait(false);
            if (_watches.IsEmpty)
            {
                continue;
            }

            var started = _time.GetTimestamp();
            try
            {
                await ScanOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A scan that fails fails what it was waiting for, rather than leaving it to the timeout.
                foreach (var watch in _watches.Values)
                {
                    watch.Seen.TrySetException(failure);
                }
            }

            Interlocked.Increment(ref _scans);
            Interlocked.Add(ref _scanTicks, _time.GetElapsedTime(started).Ticks);
        }
    }

    private async Task ScanOnceAsync(CancellationToken cancellationToken)
    {
        var awaited = _watches.Values.Select(w => w.OrderId).ToHashSet(StringComparer.Ordinal);
        var revisions = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ViewRow}"), select: [PartitionKey, Revision], cancellationToken: cancellationToken);
        await foreach (var row in revisions.ConfigureAwait(false))
        {
            var revision = row.GetInt32(Revision) ?? 0;
            if (awaited.Contains(row.PartitionKey) && (!_read.TryGetValue(row.PartitionKey, out var read) || read.Revision < revision)
                && await _views.GetViewAsync(new OrderId(row.PartitionKey), cancellationToken).ConfigureAwait(false) is { } view)
            {
                _read[row.PartitionKey] = (view.Revision, view);
            }
        }

        var seen = _time.GetTimestamp();
        foreach (var watch in _watches.Values)
        {
            if (_read.TryGetValue(watch.OrderId, out var read) && watch.Shows(read.View))
            {
                watch.Seen.TrySetResult(seen);
            }
        }
    }
}
