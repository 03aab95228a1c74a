using Azure.Data.Tables;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Orders;

/// <summary>
/// The table <c>{hub}CourtOrdersPoison</c>: a poisoned court-orders message whose text and reason together exceed a
/// queue message is kept here whole, and its poison message points here, so nothing is truncated or lost.
/// </summary>
internal sealed class CourtOrdersPoisonStore(TableServiceClient storage, AppTables tables) : IStorageInitializer
{
    private readonly TableClient _table = storage.GetTableClient(tables.CourtOrdersPoison);

    public string TableName => _table.Name;

    public Task InitializeAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Stores the message; a second store of the same message (a retry after a crash) replaces the first.</summary>
    public async Task StoreAsync(PoisonedCourtOrder poisoned, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(poisoned.MessageId, string.Empty) { ["DequeueCount"] = poisoned.DequeueCount };
        LargeText.Write(entity, "Reason", poisoned.Reason);
        LargeText.Write(entity, "Message", poisoned.Message);
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
