using AzureStorage.Client.Tables;
using Durable.Backend;

namespace Durable.AzureStorage.Rows;

/// <summary>A stored activity call (A row): it stays until the call's result is committed to the calling instance.</summary>
internal static class ActivityRow
{
    public static string Key(ActivityRequest request) => RowKeys.Activity(request.InstanceId, request.ExecutionId, request.TaskScheduledId);

    public static TableEntity ToEntity(string partitionKey, ActivityRequest request)
    {
        var entity = new TableEntity(partitionKey, Key(request));
        LargeText.Write(entity, "Request", RowJson.Write(request));
        return entity;
    }

    public static ActivityRequest Request(TableEntity entity) => RowJson.Read<ActivityRequest>(LargeText.Read(entity, "Request")!);
}
