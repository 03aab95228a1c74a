using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Probation.Functions.Clock;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Documents;
using Probation.Orders.Identifiers;
using Probation.Orders.Validation;

namespace Probation.Functions.Orders;

/// <summary>
/// The orders as the courts posted them (table <c>{hub}Orders</c>, one row per order id): stored before an order is
/// acknowledged, so that a repost of the same document is recognised and a different one under the same id refused.
/// </summary>
internal sealed class OrderStore(TableServiceClient storage, AppTables tables, BusinessClock clock) : IStorageInitializer
{
    private readonly TableClient _table = storage.GetTableClient(tables.Orders);

    public Task InitializeAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Stores a new order, or says how it compares with the one already stored under its id.</summary>
    public async Task<OrderSaveOutcome> SaveAsync(OrderDocument order, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(order.OrderId.Value, string.Empty) { ["ReceivedAt"] = clock.Provider.GetUtcNow() };
        LargeText.Write(entity, "Document", JsonSerializer.Serialize(order, OrderJson.Options));
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return OrderSaveOutcome.Stored;
        }
        catch (RequestFailedException exists) when (exists.Status == StatusCodes.Status409Conflict)
        {
            var stored = await GetAsync(order.OrderId, cancellationToken).ConfigureAwait(false);
            return stored == order ? OrderSaveOutcome.SameAsStored : OrderSaveOutcome.DifferentFromStored;
        }
    }

    public async Task<OrderDocument?> GetAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        var entity = await _table.FindAsync(orderId.Value, string.Empty, select: null, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : JsonSerializer.Deserialize<OrderDocument>(LargeText.Read(entity, "Document")!, OrderJson.Options);
    }
}
