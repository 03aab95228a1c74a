using System.Globalization;
using AzureStorage.Client.Tables;

namespace Durable.AzureStorage.Rows;

/// <summary>
/// The row keys of a partition of the hub table. A kind letter and '|' lead each key, so one range query reads one
/// kind; instance ids are escaped so that '|' separates fields unambiguously.
/// </summary>
internal static class RowKeys
{
    public const string Lease = "L";

    public const string InstancePrefix = "I|";
    public const string MessagePrefix = "M|";
    public const string ActivityPrefix = "A|";
    public const string TimerPrefix = "T|";
    public const string OutboxPrefix = "O|";

    public static string Escape(string instanceId) =>
        instanceId.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    public static string Unescape(string escaped) =>
        escaped.Replace("%7C", "|", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    public static string Instance(string instanceId) => InstancePrefix + Escape(instanceId);

    public static string HistoryPrefix(string instanceId) => $"H|{Escape(instanceId)}|";

    public static string History(string instanceId, int row) => HistoryPrefix(instanceId) + row.ToString("D8", CultureInfo.InvariantCulture);

    public static string Message(string instanceId, long sequence, string messageId) =>
        $"{MessagePrefix}{Escape(instanceId)}|{sequence.ToString("D19", CultureInfo.InvariantCulture)}|{messageId}";

    public static string Activity(string instanceId, string executionId, int taskId) =>
        $"{ActivityPrefix}{Escape(instanceId)}|{executionId}|{taskId.ToString("D8", CultureInfo.InvariantCulture)}";

    public static string Timer(DateTime fireAt, string instanceId, string executionId, int timerId) =>
        $"{TimerPrefix}{fireAt.Ticks.ToString("D19", CultureInfo.InvariantCulture)}|{Escape(instanceId)}|{executionId}|{timerId.ToString("D8", CultureInfo.InvariantCulture)}";

    public static string Outbox(string instanceId, string messageId) => $"{OutboxPrefix}{Escape(instanceId)}|{messageId}";

    /// <summary>The instance an inbox row is for, from its key.</summary>
    public static string InstanceOfMessage(string rowKey) => Unescape(rowKey.Split('|')[1]);

    /// <summary>The due time of a timer row, from its key.</summary>
    public static DateTime TimerDue(string rowKey) =>
        new(long.Parse(rowKey.AsSpan(TimerPrefix.Length, 19), CultureInfo.InvariantCulture), DateTimeKind.Utc);

    /// <summary>A filter for the rows of a partition whose key starts with <paramref name="prefix"/>.</summary>
    public static string Range(string partitionKey, string prefix) => Between(partitionKey, prefix, After(prefix));

    /// <summary>A filter for the rows of a partition with keys from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public static string Between(string partitionKey, string from, string to) =>
        $"{TableFilter.PartitionKeyEquals(partitionKey)} and RowKey ge {TableFilter.Literal(from)} and RowKey lt {TableFilter.Literal(to)}";

    /// <summary>A filter for the history rows an instance row points at.</summary>
    public static string HistoryOf(string partitionKey, string instanceId, InstanceRow row) =>
        Between(partitionKey, History(instanceId, row.HistoryStart), History(instanceId, row.HistoryStart + row.HistoryRows));

    /// <summary>The smallest key greater than every key that starts with <paramref name="prefix"/>.</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
