using System.Globalization;

namespace AzureStorage.Client.Tables;

/// <summary>The OData query options and continuation keys of a query request.</summary>
internal static class TableQueryString
{
    private static readonly string[] SystemProperties = ["PartitionKey", "RowKey", "Timestamp"];

    public static List<KeyValuePair<string, string>> Parameters(TableQuery query, string? continuationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (query.Filter is { } filter)
        {
            parameters.Add(KeyValuePair.Create("$filter", filter));
        }

        if (query.Select is { Count: > 0 } select)
        {
            parameters.Add(Select(select));
        }

        if (query.Top is { } top)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(top, 1, nameof(query));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 1000, nameof(query));
            parameters.Add(KeyValuePair.Create("$top", top.ToString(CultureInfo.InvariantCulture)));
        }

        if (continuationToken is not null)
        {
            var (partition, row) = TableContinuationToken.Decode(continuationToken);
            parameters.Add(KeyValuePair.Create("NextPartitionKey", partition));
            if (row is not null)
            {
                parameters.Add(KeyValuePair.Create("NextRowKey", row));
            }
        }

        return parameters;
    }

    /// <summary>
    /// A <c>$select</c> that always includes the keys and Timestamp: the service returns only what is
    /// selected, and every <see cref="TableEntity"/> has keys.
    /// </summary>
    public static KeyValuePair<string, string> Select(IEnumerable<string> properties) =>
        KeyValuePair.Create("$select", string.Join(',', SystemProperties.Concat(properties).Distinct(StringComparer.Ordinal)));
}
