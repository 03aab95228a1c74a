namespace Probation.Functions.Storage;

/// <summary>Whose client sent a storage request, as <see cref="StorageRequestCounter"/> counts them.</summary>
public enum StorageCaller
{
    /// <summary>The app's own table and queue clients (<see cref="AppStorageClientOptions"/>).</summary>
    App = 1,

    /// <summary>The Durable Task Framework's clients: its queues, tables and blobs of the task hub.</summary>
    Engine = 2,
}
