using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AzureStorage.Client;

/// <summary>
/// Counts the HTTP requests sent to storage by operation name ("Queue.Put", "Table.Batch", …), retries
/// included, since each attempt is a billed transaction. Thread-safe; share one instance across clients
/// to count them together.
/// </summary>
public sealed class StorageRequestCounter
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _counts = new(StringComparer.Ordinal);

    /// <summary>Requests sent since creation or the last <see cref="Reset"/>, all operations together.</summary>
    public long Total => _counts.Values.Sum(count => Interlocked.Read(ref count.Value));

    /// <summary>Requests sent for one operation.</summary>
    public long this[string operation] =>
        _counts.TryGetValue(operation, out var count) ? Interlocked.Read(ref count.Value) : 0;

    /// <summary>A copy of the counts, operations with no requests left out.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        _counts
            .Select(pair => KeyValuePair.Create(pair.Key, Interlocked.Read(ref pair.Value.Value)))
            .Where(pair => pair.Value > 0)
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>Sets every count back to zero.</summary>
    public void Reset()
    {
        foreach (var count in _counts.Values)
        {
            Interlocked.Exchange(ref count.Value, 0);
        }
    }

    internal void Increment(string operation) =>
        Interlocked.Increment(ref _counts.GetOrAdd(operation, static _ => new StrongBox<long>()).Value);
}
