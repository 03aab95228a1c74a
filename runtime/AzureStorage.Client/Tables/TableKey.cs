namespace AzureStorage.Client.Tables;

/// <summary>
/// PartitionKey and RowKey rules: the service forbids '/', '\', '#', '?' and control characters, and
/// takes keys in the URL as quoted OData literals.
/// </summary>
internal static class TableKey
{
    /// <summary>The service's limit is 1 KiB of UTF-16.</summary>
    private const int MaxLength = 512;

    /// <exception cref="ArgumentException">The key breaks a rule; the message says which character and
    /// where, not the key itself, which may be personal data.</exception>
    public static string Validate(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxLength)
        {
            throw new ArgumentException($"The key is {key.Length} characters long; the Table service allows {MaxLength}.", paramName);
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"The key has U+{(int)c:X4} at index {i}; Table keys cannot hold '/', '\\', '#', '?' or control characters.",
                    paramName);
            }
        }

        return key;
    }

    /// <summary>The entity's URL path: single quotes doubled inside the literal, then percent-escaped.</summary>
    public static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
