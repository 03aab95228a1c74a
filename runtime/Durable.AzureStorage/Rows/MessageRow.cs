using AzureStorage.Client.Tables;
using Durable.Backend;

namespace Durable.AzureStorage.Rows;

/// <summary>A stored message: an inbox row (M), a timer row (T) or an outbox row (O), with its delivery attempts.</summary>
internal static class MessageRow
{
    public static TableEntity ToEntity(string partitionKey, string rowKey, OrchestrationMessage message, int dequeueCount = 0)
    {
        var entity = new TableEntity(partitionKey, rowKey) { ["DequeueCount"] = dequeueCount };
        LargeText.Write(entity, "Message", RowJson.Write(message));
        return entity;
    }

    public static OrchestrationMessage Message(TableEntity entity) => RowJson.Read<OrchestrationMessage>(LargeText.Read(entity, "Message")!);

    public static int DequeueCount(TableEntity entity) => entity.GetInt32("DequeueCount") ?? 0;

    /// <summary>Reads the message; returns <see langword="true"/> with the problem when the row cannot be read.</summary>
    public static bool TryRead(TableEntity entity, out OrchestrationMessage? message, out string? problem)
    {
        try
        {
            message = Message(entity);
            problem = null;
            return false;
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or ArgumentNullException or NotSupportedException)
        {
            message = null;
            problem = exception.Message;
            return true;
        }
    }
}
