using System.Net.Http.Json;
using System.Text;

namespace Probation.Functions.Orders;

/// <summary>Calls of the service the order tests make again and again.</summary>
internal static class ApiClient
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Lets the work already due settle: the virtual clock "moves" by nothing and answers once idle.</summary>
    public static async Task SettleAsync(this HttpClient systemClient)
    {
        using var response = await systemClient.PostAsJsonAsync("/admin/clock", new { advanceBy = "PT0S" });
        response.EnsureSuccessStatusCode();
    }

    public static async Task AdvanceToAsync(this HttpClient systemClient, string instant)
    {
        using var response = await systemClient.PostAsJsonAsync("/admin/clock", new { advanceTo = instant });
        response.EnsureSuccessStatusCode();
    }
}
