namespace Probation.Functions.Storage;

/// <summary>
/// The HTTP requests the host's storage clients have sent, retries included, since each attempt is a billed storage
/// transaction: the app's own clients and the engine's, each request under its <see cref="StorageCaller"/> and its
/// <see cref="StorageService"/>. Thread-safe; one instance per host, so a benchmark can read the requests a business
/// event costs, and how many of them were the engine's.
/// </summary>
public sealed class StorageRequestCounter
{
    private static readonly StorageCaller[] Callers = Enum.GetValues<StorageCaller>();
    private static readonly StorageService[] Services = Enum.GetValues<StorageService>();

    // One cell per caller and service; both enums number their members from 1.
    private readonly long[] _counts = new long[Callers.Length * Services.Length];

    /// <summary>Every request, of every caller to every service.</summary>
    public long Count => Sum(Callers, Services);

    /// <summary>The requests sent to one service, by the app and the engine together.</summary>
    public long CountOf(StorageService service) => Sum(Callers, [service]);

    /// <summary>The requests one caller sent, to every service.</summary>
    public long CountOf(StorageCaller caller) => Sum([caller], Services);

    /// <summary>The requests one caller sent to one service.</summary>
    public long CountOf(StorageCaller caller, StorageService service) => Interlocked.Read(ref _counts[Index(caller, service)]);

    /// <summary>Sets every count back to zero, e.g. before the business event being measured.</summary>
    public void Reset()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Exchange(ref _counts[i], 0);
        }
    }

    internal void Increment(StorageCaller caller, StorageService service) => Interlocked.Increment(ref _counts[Index(caller, service)]);

    private static int Index(StorageCaller caller, StorageService service)
    {
        if (!Enum.IsDefined(caller))
        {
            throw new ArgumentOutOfRangeException(nameof(caller), caller, "Not a storage caller of the host.");
        }

        if (!Enum.IsDefined(service))
        {
            throw new ArgumentOutOfRangeException(nameof(service), service, "Not a storage service the host calls.");
        }

        return ((int)caller - 1) * Services.Length + (int)service - 1;
    }

    private long Sum(StorageCaller[] callers, StorageService[] services) =>
        callers.Sum(caller => services.Sum(service => CountOf(caller, service)));
}
