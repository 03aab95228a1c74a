using System.Text.Json;
using Probation.Reliability.BadInput;
using Probation.Reliability.Suite;

namespace Probation.Reliability.Load;

/// <summary>
/// What a workload left, against a control order that ran unloaded: every order settled in the control's state,
/// each reminder stored once and none missing, each notification queued (repeats counted by id), and every
/// court-orders message taken or poisoned.
/// </summary>
internal static class OrderAudit
{
    public const string StaffId = "S0042";

    // As long as the workload waits for an order to start (see Workload): an order later than that is reported unsettled.
    private static readonly TimeSpan SettleFor = TimeSpan.FromMinutes(10);

    /// <summary>Waits until the order's step has run with its one event and its activities are done.</summary>
    public static async Task<bool> HasSettledAsync(HttpClient client, string orderId)
    {
        using var status = await client.GetAsync($"/runtime/webhooks/durabletask/instances/order-{orderId}?showInput=false");
        if (!status.IsSuccessStatusCode)
        {
            return false;
        }

        using var json = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        if (json.RootElement.GetProperty("customStatus") is not { ValueKind: JsonValueKind.Object } custom || !custom.GetProperty("idle").GetBoolean())
        {
            return false;
        }

        using var view = await client.GetAsync($"/api/orders/{orderId}");
        using var viewJson = JsonDocument.Parse(await view.Content.ReadAsStringAsync());
        return view.IsSuccessStatusCode && viewJson.RootElement.GetProperty("warnings").GetArrayLength() == 1;
    }

    public static async Task<AuditResult> RunAsync(HttpClient system, SuiteHub hub, string control, IReadOnlyCollection<string> orders, IReadOnlyDictionary<string, string> queued)
    {
        var deadline = DateTime.UtcNow + SettleFor;
        var unsettled = new List<string>();
        foreach (var orderId in orders)
        {
            while (!await HasSettledSafelyAsync(system, orderId))
            {
                if (DateTime.UtcNow > deadline)
                {
                    unsettled.Add(orderId);
                    break;
                }

                await Task.Delay(250);
            }
        }

        var expected = await DutiesAsync(system, control);
        var reminders = await RemindersAsync(system);
        var expectedReminders = Signature(reminders, control);
        var mismatched = new List<string>();
        var remindersMissing = 0;
        foreach (var orderId in orders.Except(unsettled))
        {
            var duties = await DutiesAsync(system, orderId);
            if (!string.Join('\n', expected).Equals(string.Join('\n', duties), StringComparison.Ordinal))
            {
                mismatched.Add(orderId);
            }

            remindersMissing += expectedReminders.Except(Signature(reminders, orderId)).Count();
        }

        var storedIds = reminders.Select(r => r.GetProperty("reminderId").GetString()!).ToList();
        var expectedQueued = storedIds.Distinct(StringComparer.Ordinal).Count() + orders.Count + 1;
        var queuedIds = await NotificationIdsAsync(hub, expectedQueued);
        var poisoned = await PoisonQueue.ReasonsByMessageIdAsync(hub);
        var taken = 0;
        foreach (var orderId in queued.Where(q => !poisoned.ContainsKey(q.Key)).Select(q => q.Value))
        {
            taken += (await system.GetAsync($"/api/orders/{orderId}")).IsSuccessStatusCode ? 1 : 0;
        }

        var repeats = queuedIds.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        return new AuditResult(
            OrdersChecked: orders.Count,
            OrdersUnsettled: unsettled,
            OrdersNotMatchingControl: mismatched,
            RemindersStored: storedIds.Count,
            RemindersStoredTwice: storedIds.Count - storedIds.Distinct(StringComparer.Ordinal).Count(),
            RemindersMissing: remindersMissing,
            NotificationsExpected: expectedQueued,
            NotificationsQueued: queuedIds.Count,
            NotificationsMissing: expectedQueued - queuedIds.Distinct(StringComparer.Ordinal).Count(),
            NotificationsRepeated: repeats.Count,
            MostCopiesOfOne: repeats.Count == 0 ? 1 : repeats.Max(g => g.Count()),
            MessagesIn: queued.Count,
            MessagesTaken: taken,
            MessagesPoisoned: poisoned.Count);
    }

    private static async Task<bool> HasSettledSafelyAsync(HttpClient client, string orderId)
    {
        try
        {
            return await HasSettledAsync(client, orderId);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return false;
        }
    }

    private static async Task<string[]> DutiesAsync(HttpClient client, string orderId)
    {
        using var view = JsonDocument.Parse(await client.GetStringAsync($"/api/orders/{orderId}"));
        return [.. view.RootElement.GetProperty("duties").EnumerateArray()
            .Select(d => $"{d.GetProperty("ruleId").GetString()} {d.GetProperty("dueDate").GetString()} {d.GetProperty("state").GetString()}")];
    }

    private static async Task<List<JsonElement>> RemindersAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/api/staff/{StaffId}/reminders?state=all"));
        return [.. document.RootElement.EnumerateArray().Select(r => r.Clone())];
    }

    private static List<string> Signature(IEnumerable<JsonElement> reminders, string orderId) =>
        [.. reminders
            .Where(r => r.GetProperty("orderId").GetString() == orderId)
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("kind").GetString()} {r.GetProperty("dueDate").GetString()}")
            .Order(StringComparer.Ordinal)];

    /// <summary>Takes every staff-notifications message: a reminder's id, or a warning letter's order and warning id.</summary>
    private static async Task<List<string>> NotificationIdsAsync(SuiteHub hub, int expected)
    {
        var queue = hub.Queue(hub.StaffNotificationsQueue);
        var ids = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ids.Distinct(StringComparer.Ordinal).Count() < expected && DateTime.UtcNow < deadline)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value;
            foreach (var message in batch)
            {
                using var json = JsonDocument.Parse(message.Body.ToString());
                var root = json.RootElement;
                ids.Add(root.TryGetProperty("reminderId", out var reminderId) && reminderId.ValueKind == JsonValueKind.String
                    ? reminderId.GetString()!
                    : $"{root.GetProperty("orderId").GetString()}|{(root.TryGetProperty("warningId", out var warningId) ? warningId : root.GetProperty("noticeId")).GetString()}");
            }

            if (batch.Length == 0)
            {
                await Task.Delay(250);
            }
        }

        return ids;
    }
}
