using AzureStorage.Client.Tables;
using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Rows;

/// <summary>
/// The row of an instance: its record, and which history rows are current (<see cref="HistoryStart"/> and the
/// <see cref="HistoryRows"/> after it; rows outside that range are leftovers and are ignored).
/// </summary>
internal sealed record InstanceRow(OrchestrationState State, int HistoryStart, int HistoryRows)
{
    /// <summary>The properties left out when a caller does not want payloads.</summary>
    public static readonly string[] WithoutPayloads =
        ["InstanceId", "Name", "ExecutionId", "RuntimeStatus", "CreatedTime", "LastUpdatedTime", "CompletedTime", "Failure", "Parent", "HistoryStart", "HistoryRows"];

    public TableEntity ToEntity(string partitionKey)
    {
        var entity = new TableEntity(partitionKey, RowKeys.Instance(State.InstanceId))
        {
            ["InstanceId"] = State.InstanceId,
            ["Name"] = State.Name,
            ["ExecutionId"] = State.ExecutionId,
            ["RuntimeStatus"] = State.Status.ToString(),
            ["CreatedTime"] = Utc(State.CreatedAt),
            ["LastUpdatedTime"] = Utc(State.LastUpdatedAt),
            ["HistoryStart"] = HistoryStart,
            ["HistoryRows"] = HistoryRows,
        };
        if (State.CompletedAt is { } completed)
        {
            entity["CompletedTime"] = Utc(completed);
        }

        LargeText.Write(entity, "Input", State.Input);
        LargeText.Write(entity, "Output", State.Output);
        LargeText.Write(entity, "CustomStatus", State.CustomStatus);
        LargeText.Write(entity, "Failure", State.Failure is null ? null : RowJson.Write(State.Failure));
        LargeText.Write(entity, "Parent", State.Parent is null ? null : RowJson.Write(State.Parent));
        return entity;
    }

    public static InstanceRow FromEntity(TableEntity entity)
    {
        var failure = LargeText.Read(entity, "Failure");
        var parent = LargeText.Read(entity, "Parent");
        var state = new OrchestrationState(
            entity.GetString("InstanceId")!,
            entity.GetString("Name")!,
            entity.GetString("ExecutionId")!,
            Enum.Parse<OrchestrationRuntimeStatus>(entity.GetString("RuntimeStatus")!),
            entity.GetDateTimeOffset("CreatedTime")!.Value.UtcDateTime,
            entity.GetDateTimeOffset("LastUpdatedTime")!.Value.UtcDateTime,
            entity.GetDateTimeOffset("CompletedTime")?.UtcDateTime,
            LargeText.Read(entity, "Input"),
            LargeText.Read(entity, "Output"),
            LargeText.Read(entity, "CustomStatus"),
            failure is null ? null : RowJson.Read<TaskFailureDetails>(failure),
            parent is null ? null : RowJson.Read<ParentInstance>(parent));
        return new InstanceRow(state, entity.GetInt32("HistoryStart") ?? 0, entity.GetInt32("HistoryRows") ?? 0);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
