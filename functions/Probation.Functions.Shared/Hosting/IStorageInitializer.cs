namespace Probation.Functions.Hosting;

/// <summary>Creates the tables or queues a component needs, at start-up, before any work runs.</summary>
internal interface IStorageInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
