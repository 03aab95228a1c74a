using System.Globalization;
using Probation.Functions.Storage;

namespace Probation.Bench;

/// <summary>
/// A host's storage requests so far, by caller and operation; two snapshots give the requests between them, and what
/// each event cost of every operation.
/// </summary>
internal sealed class RequestSnapshot
{
    private static readonly StorageCaller[] Callers = Enum.GetValues<StorageCaller>();
    private static readonly StorageOperation[] Operations = Enum.GetValues<StorageOperation>();

    private readonly Dictionary<(StorageCaller Caller, StorageOperation Operation), long> _counts;

    private RequestSnapshot(Dictionary<(StorageCaller, StorageOperation), long> counts) => _counts = counts;

    public long App => Sum(StorageCaller.App, Operations);

    public long Engine => Sum(StorageCaller.Engine, Operations);

    public long Total => App + Engine;

    public static RequestSnapshot Of(StorageRequestCounter counter) => new(
        Callers.SelectMany(caller => Operations.Select(operation => (caller, operation)))
            .ToDictionary(key => key, key => counter.CountOf(key.caller, key.operation)));

    /// <summary>The requests sent after <paramref name="earlier"/> up to this snapshot.</summary>
    public RequestSnapshot Since(RequestSnapshot earlier) =>
        new(_counts.ToDictionary(count => count.Key, count => count.Value - earlier._counts[count.Key]));

    /// <summary>The requests of one operation that one caller sent.</summary>
    public long CountOf(StorageCaller caller, StorageOperation operation) => _counts[(caller, operation)];

    /// <summary>The requests spread over <paramref name="events"/> events, for the report's notes.</summary>
    public string Describe(int events) => Invariant(
        $"{Total:N0} storage requests for {events:N0} events: app {App:N0}, engine {Engine:N0} (queue {Service(StorageService.Queue):N0}, table {Service(StorageService.Table):N0}, blob {Service(StorageService.Blob):N0}); {(double)Total / events:N2} per event");

    /// <summary>One caller's requests per event, operation by operation, the ones it sent at all.</summary>
    public string DescribeOperations(StorageCaller caller, int events) => string.Join(
        ", ",
        Operations.Where(operation => _counts[(caller, operation)] > 0)
            .Select(operation => Invariant($"{operation} {(double)_counts[(caller, operation)] / events:N2}")));

    private long Service(StorageService service) => Sum(StorageCaller.Engine, StorageOperations.On(service));

    private long Sum(StorageCaller caller, IEnumerable<StorageOperation> operations) =>
        operations.Sum(operation => _counts[(caller, operation)]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
