namespace Probation.Functions.Storage;

/// <summary>
/// The HTTP requests the app's own table and queue clients have sent, retries included, since each attempt is a billed
/// storage transaction. Thread-safe; one instance per host, so a benchmark can read the requests a business event costs.
/// </summary>
public sealed class StorageRequestCounter
{
    private long _table;
    private long _queue;

    /// <summary>Every request, both services together.</summary>
    public long Count => Interlocked.Read(ref _table) + Interlocked.Read(ref _queue);

    /// <summary>The requests sent to one service.</summary>
    public long CountOf(StorageService service) => service switch
    {
        StorageService.Table => Interlocked.Read(ref _table),
        StorageService.Queue => Interlocked.Read(ref _queue),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a storage service the app calls."),
    };

    /// <summary>Sets every count back to zero, e.g. before the business event being measured.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _table, 0);
        Interlocked.Exchange(ref _queue, 0);
    }

    internal void Increment(StorageService service)
    {
        switch (service)
        {
            case StorageService.Table:
                Interlocked.Increment(ref _table);
                break;
            case StorageService.Queue:
                Interlocked.Increment(ref _queue);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(service), service, "Not a storage service the app calls.");
        }
    }
}
