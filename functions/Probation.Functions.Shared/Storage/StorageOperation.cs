namespace Probation.Functions.Storage;

/// <summary>
/// What one storage request did, as <see cref="StorageRequestCounter"/> counts it: enough to tell which requests an
/// event costs (a message sent, received and deleted; a history batch; an instance row) and which could be fewer.
/// <see cref="StorageOperations.ServiceOf"/> gives each one's service.
/// </summary>
public enum StorageOperation
{
    /// <summary>A page of a query on a table (<c>GET</c> with a filter, or a scan).</summary>
    TableQuery = 1,

    /// <summary>One entity read by its keys.</summary>
    TableRead,

    /// <summary>One entity inserted (<c>POST</c> to the table).</summary>
    TableInsert,

    /// <summary>One entity updated, merged or upserted (<c>PUT</c>, <c>MERGE</c> or <c>PATCH</c>).</summary>
    TableWrite,

    /// <summary>One entity deleted.</summary>
    TableDelete,

    /// <summary>An entity-group transaction (<c>$batch</c>): up to 100 changes in one partition, one request.</summary>
    TableBatch,

    /// <summary>Anything else on the Table service: creating, deleting or listing tables, access policies.</summary>
    TableOther,

    /// <summary>Messages received (<c>GET</c> on a queue's messages: up to 32, each made invisible for a while).</summary>
    QueueReceive,

    /// <summary>Messages peeked at, left visible.</summary>
    QueuePeek,

    /// <summary>One message sent.</summary>
    QueueSend,

    /// <summary>One received message's visibility or content updated.</summary>
    QueueUpdate,

    /// <summary>One received message deleted.</summary>
    QueueDelete,

    /// <summary>Anything else on the Queue service: creating, clearing or listing queues, their metadata.</summary>
    QueueOther,

    /// <summary>A blob lease acquired, renewed, changed or released: the engine's partition ownership.</summary>
    BlobLease,

    /// <summary>A blob or its properties read.</summary>
    BlobRead,

    /// <summary>A blob written.</summary>
    BlobWrite,

    /// <summary>Anything else on the Blob service: containers, listings, deletions.</summary>
    BlobOther,
}
