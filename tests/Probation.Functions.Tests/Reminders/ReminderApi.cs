using System.Net;
using System.Text.Json;

namespace Probation.Functions.Reminders;

/// <summary>Reads reminder lists over HTTP, as staff do.</summary>
internal static class ReminderApi
{
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static string[] Ids(IEnumerable<JsonElement> items) => [.. items.Select(i => i.GetProperty("reminderId").GetString()!)];

    public static string StateOf(IEnumerable<JsonElement> items, string reminderId) =>
        items.Single(i => i.GetProperty("reminderId").GetString() == reminderId).GetProperty("state").GetString()!;

    public static HttpContent NoBody() => new StringContent(string.Empty);
}
