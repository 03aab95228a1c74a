using System.Text;
using AzureStorage.Client.Tables;
using Durable.History;

namespace Durable.AzureStorage.Rows;

/// <summary>
/// Packs history events into rows, a JSON array per row, so an episode usually appends one row; a row stays well
/// under the 1 MiB entity limit.
/// </summary>
internal static class HistoryRows
{
    private const int MaxCharsPerRow = 300_000;

    public static List<TableEntity> ToEntities(string partitionKey, string instanceId, int firstRow, IReadOnlyList<HistoryEvent> events)
    {
        var rows = new List<TableEntity>();
        var json = new StringBuilder("[");
        foreach (var recorded in events)
        {
            var one = RowJson.Write(recorded);
            if (json.Length > 1 && json.Length + one.Length > MaxCharsPerRow)
            {
                rows.Add(Row(partitionKey, instanceId, firstRow + rows.Count, json));
                json.Clear().Append('[');
            }

            json.Append(json.Length > 1 ? "," : string.Empty).Append(one);
        }

        if (json.Length > 1)
        {
            rows.Add(Row(partitionKey, instanceId, firstRow + rows.Count, json));
        }

        return rows;
    }

    public static List<HistoryEvent> FromEntities(IEnumerable<TableEntity> rows)
    {
        var events = new List<HistoryEvent>();
        foreach (var row in rows.OrderBy(r => r.RowKey, StringComparer.Ordinal))
        {
            events.AddRange(RowJson.Read<List<HistoryEvent>>(LargeText.Read(row, "Events")!));
        }

        return events;
    }

    private static TableEntity Row(string partitionKey, string instanceId, int row, StringBuilder json)
    {
        var entity = new TableEntity(partitionKey, RowKeys.History(instanceId, row));
        LargeText.Write(entity, "Events", json.Append(']').ToString());
        return entity;
    }
}
