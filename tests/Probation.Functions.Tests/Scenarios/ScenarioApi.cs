using System.Text.Json;

namespace Probation.Functions.Scenarios;

/// <summary>Reads what staff are told, for the scenario tests.</summary>
internal static class ScenarioApi
{
    public static async Task<List<JsonElement>> RemindersAsync(HttpClient staff, string path)
    {
        using var document = JsonDocument.Parse(await staff.GetStringAsync(path));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static List<JsonElement> Of(this IEnumerable<JsonElement> reminders, string orderId, string ruleId, string kind) =>
        [.. reminders.Where(r => r.GetProperty("orderId").GetString() == orderId
            && r.GetProperty("ruleId").GetString() == ruleId
            && r.GetProperty("kind").GetString() == kind)];
}
