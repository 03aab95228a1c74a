using Azure.Data.Tables;

namespace Probation.Functions.Storage;

/// <summary>Reads of one row that may not exist, as the stores need them.</summary>
internal static class TableClientExtensions
{
    /// <summary>The row, with only the <paramref name="select"/>ed properties when given; null when there is none.</summary>
    public static async Task<TableEntity?> FindAsync(
        this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
