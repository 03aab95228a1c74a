using System.Net;
using System.Text;
using Probation.Reliability.Samples;
using Probation.Reliability.Suite;

namespace Probation.Reliability.Load;

/// <summary>The order that runs alone on a fresh host before any load or fault: what every other order must come to.</summary>
internal static class ControlOrder
{
    public static async Task<string> RunAsync(ServiceHost host, SampleOrders samples, string orderId)
    {
        using var client = host.CreateClient(Keys.System);
        using (var posted = await client.PostAsync("/api/orders", Json(samples.CommunityOrder(orderId).ToJsonString())))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        using (var recorded = await client.PostAsync($"/api/orders/{orderId}/appointments", Json(StaffEventSamples.MissedAppointment("ev-" + orderId))))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        await Eventually.TrueAsync(() => OrderAudit.HasSettledAsync(client, orderId), seconds: 60);
        return orderId;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
