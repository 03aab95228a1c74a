using System.Text.Json;
using AzureStorage.Client;

namespace Probation.Functions.Reminders;

/// <summary>Takes every message off one test host's <c>staff-notifications</c> queue (<see cref="FunctionAppFactory.StaffNotificationsQueue"/>).</summary>
internal sealed class StaffNotificationQueue(string queueName) : IDisposable
{
    private static readonly TimeSpan ScanVisibility = TimeSpan.FromSeconds(30);

    private readonly StorageClient _storage = new(StorageAccount.Parse(FunctionAppFactory.ConnectionString));

    public async Task<IReadOnlyList<JsonElement>> TakeAllAsync()
    {
        var queue = _storage.GetQueue(queueName);
        var messages = new List<JsonElement>();

        // Received messages stay hidden until deleted, so the loop ends once the queue is empty, however many there were.
        for (var batch = await queue.ReceiveMessagesAsync(32, ScanVisibility); batch.Count > 0; batch = await queue.ReceiveMessagesAsync(32, ScanVisibility))
        {
            foreach (var message in batch)
            {
                using var document = JsonDocument.Parse(message.Text);
                messages.Add(document.RootElement.Clone());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return messages;
    }

    public void Dispose() => _storage.Dispose();
}
