using System.Text.Json;

namespace Probation.Functions.Reminders;

/// <summary>Takes every message off one test host's <c>staff-notifications</c> queue (<see cref="FunctionAppFactory.StaffNotificationsQueue"/>).</summary>
internal sealed class StaffNotificationQueue(string queueName)
{
    private static readonly TimeSpan ScanVisibility = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<JsonElement>> TakeAllAsync()
    {
        var queue = FunctionAppFactory.Queue(queueName);
        var messages = new List<JsonElement>();

        // Received messages stay hidden until deleted, so the loop ends once the queue is empty, however many there were.
        for (var batch = (await queue.ReceiveMessagesAsync(32, ScanVisibility)).Value; batch.Length > 0; batch = (await queue.ReceiveMessagesAsync(32, ScanVisibility)).Value)
        {
            foreach (var message in batch)
            {
                using var document = JsonDocument.Parse(message.Body.ToString());
                messages.Add(document.RootElement.Clone());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return messages;
    }
}
