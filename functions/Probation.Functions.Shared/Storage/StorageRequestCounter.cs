namespace Probation.Functions.Storage;

/// <summary>
/// The HTTP requests the host's storage clients have sent, retries included, since each attempt is a billed storage
/// transaction: the app's own clients and the engine's, each request under its <see cref="StorageCaller"/> and its
/// <see cref="StorageOperation"/> (and so its <see cref="StorageService"/>). Thread-safe; one instance per host, so a
/// benchmark can read the requests a business event costs, how many of them were the engine's, and what they did.
/// </summary>
public sealed class StorageRequestCounter
{
    private static readonly StorageCaller[] Callers = Enum.GetValues<StorageCaller>();
    private static readonly StorageOperation[] Operations = Enum.GetValues<StorageOperation>();

    // One cell per caller and operation; both enums number their members from 1.
    private readonly long[] _counts = new long[Callers.Length * Operations.Length];

    /// <summary>Every request, of every caller to every service.</summary>
    public long Count => Sum(Callers, Operations);

    /// <summary>The requests sent to one service, by the app and the engine together.</summary>
    public long CountOf(StorageService service) => Sum(Callers, StorageOperations.On(service));

    /// <summary>The requests one caller sent, to every service.</summary>
    public long CountOf(StorageCaller caller) => Sum([caller], Operations);

    /// <summary>The requests one caller sent to one service.</summary>
    public long CountOf(StorageCaller caller, StorageService service) => Sum([caller], StorageOperations.On(service));

    /// <summary>The requests of one operation that one caller sent.</summary>
    public long CountOf(StorageCaller caller, StorageOperation operation) => Interlocked.Read(ref _counts[Index(caller, operation)]);

    /// <summary>Sets every count back to zero, e.g. before the business event being measured.</summary>
    public void Reset()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            Interlocked.Exchange(ref _counts[i], 0);
        }
    }

    internal void Increment(StorageCaller caller, StorageOperation operation) => Interlocked.Increment(ref _counts[Index(caller, operation)]);

    private static int Index(StorageCaller caller, StorageOperation operation)
    {
        if (!Enum.IsDefined(caller))
        {
            throw new ArgumentOutOfRangeException(nameof(caller), caller, "Not a storage caller of the host.");
        }

        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a storage operation.");
        }

        return ((int)caller - 1) * Operations.Length + (int)operation - 1;
    }

    private long Sum(StorageCaller[] callers, IReadOnlyList<StorageOperation> operations) =>
        callers.Sum(caller => operations.Sum(operation => CountOf(caller, operation)));
}
