using Probation.Functions.Storage;

namespace Probation.Bench;

/// <summary>A host's storage requests so far, the app's and the engine's; two snapshots give the requests between them.</summary>
internal readonly record struct RequestSnapshot(long App, long Engine, long EngineBlob, long EngineQueue, long EngineTable)
{
    public long Total => App + Engine;

    public static RequestSnapshot Of(StorageRequestCounter counter) => new(
        counter.CountOf(StorageCaller.App),
        counter.CountOf(StorageCaller.Engine),
        counter.CountOf(StorageCaller.Engine, StorageService.Blob),
        counter.CountOf(StorageCaller.Engine, StorageService.Queue),
        counter.CountOf(StorageCaller.Engine, StorageService.Table));

    /// <summary>The requests sent after <paramref name="earlier"/> up to this snapshot.</summary>
    public RequestSnapshot Since(RequestSnapshot earlier) => new(
        App - earlier.App, Engine - earlier.Engine, EngineBlob - earlier.EngineBlob, EngineQueue - earlier.EngineQueue, EngineTable - earlier.EngineTable);

    /// <summary>The requests spread over <paramref name="events"/> events, for the report's notes.</summary>
    public string Describe(int events) => FormattableString.Invariant(
        $"{Total:N0} storage requests for {events:N0} events: app {App:N0}, engine {Engine:N0} (queue {EngineQueue:N0}, table {EngineTable:N0}, blob {EngineBlob:N0}); {(double)Total / events:N2} per event");
}
