using Azure.Core;

namespace Probation.Functions.Storage;

/// <summary>
/// Tells a storage request's <see cref="StorageOperation"/> from its method and address, the same for Azure Storage
/// (<c>https://account.queue.core.windows.net/queue/messages</c>) and Azurite's path-style addresses
/// (<c>http://127.0.0.1:10001/devstoreaccount1/queue/messages</c>): only the trailing segments and the query count.
/// </summary>
public static class StorageOperations
{
    private const string Messages = "messages";

    // The Table service takes MERGE (or PATCH) for a merge; RequestMethod has a constant for PATCH only.
    private static readonly RequestMethod Merge = RequestMethod.Parse("MERGE");

    private static readonly Dictionary<StorageService, StorageOperation[]> ByService =
        Enum.GetValues<StorageOperation>().GroupBy(ServiceOf).ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>
    /// The operation a request to <paramref name="service"/> performs, from its method, its escaped
    /// <paramref name="path"/> and its <paramref name="query"/> (with or without the leading <c>?</c>).
    /// </summary>
    public static StorageOperation Of(StorageService service, RequestMethod method, string path, string query)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(query);
        var segments = Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        return service switch
        {
            StorageService.Table => OfTable(method, segments, pairs),
            StorageService.Queue => OfQueue(method, segments, pairs),
            StorageService.Blob => OfBlob(method, pairs),
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a storage service the host calls."),
        };
    }

    /// <summary>The service an operation belongs to.</summary>
    public static StorageService ServiceOf(StorageOperation operation) => operation switch
    {
        >= StorageOperation.TableQuery and <= StorageOperation.TableOther => StorageService.Table,
        >= StorageOperation.QueueReceive and <= StorageOperation.QueueOther => StorageService.Queue,
        >= StorageOperation.BlobLease and <= StorageOperation.BlobOther => StorageService.Blob,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a storage operation."),
    };

    /// <summary>The operations of one service, in the enum's order.</summary>
    public static IReadOnlyList<StorageOperation> On(StorageService service) =>
        ByService.TryGetValue(service, out var operations)
            ? operations
            : throw new ArgumentOutOfRangeException(nameof(service), service, "Not a storage service the host calls.");

    private static StorageOperation OfTable(RequestMethod method, string[] segments, string[] query)
    {
        var last = segments.LastOrDefault() ?? string.Empty;
        if (last == "$batch")
        {
            return StorageOperation.TableBatch;
        }

        // The service's own "Tables" resource lists, creates and deletes tables; "comp" marks access policies.
        if (last.Equals("Tables", StringComparison.OrdinalIgnoreCase) || last.StartsWith("Tables(", StringComparison.OrdinalIgnoreCase) || Has(query, "comp"))
        {
            return StorageOperation.TableOther;
        }

        if (last.Contains("PartitionKey=", StringComparison.OrdinalIgnoreCase))
        {
            return method == RequestMethod.Get ? StorageOperation.TableRead
                : method == RequestMethod.Delete ? StorageOperation.TableDelete
                : method == RequestMethod.Put || method == RequestMethod.Patch || method == Merge ? StorageOperation.TableWrite
                : StorageOperation.TableOther;
        }

        return method == RequestMethod.Get ? StorageOperation.TableQuery
            : method == RequestMethod.Post ? StorageOperation.TableInsert
            : StorageOperation.TableOther;
    }

    private static StorageOperation OfQueue(RequestMethod method, string[] segments, string[] query)
    {
        if (Has(query, "comp"))
        {
            return StorageOperation.QueueOther;
        }

        if (segments.Length >= 2 && segments[^1] == Messages)
        {
            return method == RequestMethod.Get ? (query.Contains("peekonly=true", StringComparer.OrdinalIgnoreCase) ? StorageOperation.QueuePeek : StorageOperation.QueueReceive)
                : method == RequestMethod.Post ? StorageOperation.QueueSend
                : StorageOperation.QueueOther;
        }

        if (segments.Length >= 3 && segments[^2] == Messages)
        {
            return method == RequestMethod.Delete ? StorageOperation.QueueDelete
                : method == RequestMethod.Put ? StorageOperation.QueueUpdate
                : StorageOperation.QueueOther;
        }

        return StorageOperation.QueueOther;
    }

    private static StorageOperation OfBlob(RequestMethod method, string[] query) =>
        query.Contains("comp=lease", StringComparer.OrdinalIgnoreCase) ? StorageOperation.BlobLease
        : Has(query, "restype") || query.Contains("comp=list", StringComparer.OrdinalIgnoreCase) ? StorageOperation.BlobOther
        : method == RequestMethod.Get || method == RequestMethod.Head ? StorageOperation.BlobRead
        : method == RequestMethod.Put ? StorageOperation.BlobWrite
        : StorageOperation.BlobOther;

    private static bool Has(string[] query, string name) =>
        query.Any(pair => pair.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase));
}
