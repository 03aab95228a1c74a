using System.Text.Json;
using Azure.Data.Tables;

namespace Probation.Functions.Processes;

/// <summary>What the hosts of one test task hub have made, read as integrators and staff read it.</summary>
internal static class HubState
{
    /// <summary>An order's duties as staff see them: rule, due date and state, in order; null while it has no view.</summary>
    public static async Task<string[]?> DutiesAsync(HttpClient staff, string orderId)
    {
        using var response = await staff.GetAsync($"/api/orders/{orderId}");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. view.RootElement.GetProperty("duties").EnumerateArray()
            .Select(d => $"{d.GetProperty("ruleId").GetString()} {d.GetProperty("dueDate").GetString()} {d.GetProperty("state").GetString()}")];
    }

    /// <summary>
    /// Whether the order's instance waits with nothing due and nothing queued (its custom status says so once the
    /// activities of its last step have completed), read as an integrator polls it.
    /// </summary>
    public static async Task<bool> IsIdleAsync(HttpClient system, string orderId)
    {
        using var response = await system.GetAsync($"/runtime/webhooks/durabletask/instances/order-{orderId}?showInput=false");
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return status.RootElement.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } custom
            && custom.GetProperty("idle").GetBoolean();
    }

    /// <summary>Every reminder stored for <paramref name="staffId"/>, as the reminders route lists them.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RemindersAsync(HttpClient staff, string staffId)
    {
        using var document = JsonDocument.Parse(await staff.GetStringAsync($"/api/staff/{staffId}/reminders?state=all"));
        return [.. document.RootElement.EnumerateArray().Select(r => r.Clone())];
    }

    /// <summary>The worker ids that own the hub's control-queue partitions now.</summary>
    public static async Task<IReadOnlySet<string>> PartitionOwnersAsync(TestTaskHub hub)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var lease in FunctionAppFactory.Table(hub.Name + "Partitions").QueryAsync<TableEntity>())
        {
            if (lease.GetString("CurrentOwner") is { Length: > 0 } owner)
            {
                owners.Add(owner);
            }
        }

        return owners;
    }
}
