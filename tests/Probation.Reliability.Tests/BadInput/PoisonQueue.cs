using System.Text.Json;
using Probation.Reliability.Suite;

namespace Probation.Reliability.BadInput;

/// <summary>Reads <c>court-orders-poison</c> as an operator would: each message's original id and the reason it was set aside.</summary>
internal static class PoisonQueue
{
    public static async Task<IReadOnlyDictionary<string, string>> ReasonsByMessageIdAsync(SuiteHub hub)
    {
        var queue = hub.Queue(hub.CourtOrdersPoisonQueue);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value; batch.Length > 0; batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value)
        {
            foreach (var message in batch)
            {
                using var envelope = JsonDocument.Parse(message.Body.ToString());
                reasons[envelope.RootElement.GetProperty("MessageId").GetString()!] = envelope.RootElement.GetProperty("Reason").GetString()!;
            }
        }

        return reasons;
    }
}
