using System.Globalization;

namespace AzureStorage.Client.Tables;

/// <summary>
/// OData literals for <see cref="TableQuery.Filter"/>, so values are quoted and escaped correctly:
/// <c>$"PartitionKey eq {TableFilter.Literal(pk)}"</c>.
/// </summary>
public static class TableFilter
{
    /// <summary>A string literal: single-quoted, inner quotes doubled.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    /// <summary>An Int64 literal (suffix L).</summary>
    public static string Literal(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>An Int32 literal.</summary>
    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Double literal, always with a decimal point or exponent so the service does not read it as Int32.</summary>
    public static string Literal(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(value) && text.AsSpan().IndexOfAny('.', 'E') < 0 ? text + ".0" : text;
    }

    /// <summary>A Boolean literal.</summary>
    public static string Literal(bool value) => value ? "true" : "false";

    /// <summary>A Guid literal.</summary>
    public static string Literal(Guid value) => $"guid'{value:D}'";

    /// <summary>A DateTime literal, in UTC.</summary>
    public static string Literal(DateTimeOffset value) => $"datetime'{TableEntityJson.FormatTime(value)}'";

    /// <summary><c>PartitionKey eq '…'</c>.</summary>
    public static string PartitionKeyEquals(string partitionKey) => $"PartitionKey eq {Literal(partitionKey)}";
}
