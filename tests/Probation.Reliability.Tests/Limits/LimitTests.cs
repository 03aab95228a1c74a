using System.Text;
using Azure;
using Azure.Data.Tables;
using Probation.Reliability.BadInput;
using Probation.Reliability.Samples;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.Limits;

/// <summary>
/// Part 5 of issue 11: a body over 1 MB on every POST route is 413 problem details, declared or chunked; a
/// court-orders message over the queue's 64 KB is refused by the queue itself, and one at the limit that cannot be
/// taken is poisoned whole (stored aside in a table, since with its reason it no longer fits a queue message).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LimitTests(PrivateAzurite storage, ITestOutputHelper output)
{
    private const int OneMegabyte = 1_048_576;

    [Fact]
    public async Task BodiesOverOneMegabyte_Are413AndQueueMessagesOverTheLimitArePoisonedOrRefused()
    {
        // Arrange
        var figures = new Figures(output, "limits");
        var hub = await HubNames.NewAsync(storage, "rlim");
        await using var host = await ServiceHost.StartAsync(hub.Settings);
        using var client = host.CreateClient(Keys.System);
        string[] routes = ["/api/orders", .. StaffEventSamples.ByRoute.Keys.Select(r => $"/api/orders/ORD-2026-100001/{r}"),
            "/runtime/webhooks/durabletask/instances/order-x/raiseEvent/Any"];
        var body = Encoding.UTF8.GetBytes("{\"note\":\"" + new string('x', OneMegabyte) + "\"}");
        var answers = new List<string>();

        // Act: HTTP
        foreach (var route in routes)
        {
            foreach (var chunked in new[] { false, true })
            {
                var request = new MalformedRequest("oversize", HttpMethod.Post, route, body, "application/json", NamesField: false, Chunked: chunked).ToMessage();
                using var response = await client.SendAsync(request);
                answers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        // Act: the queue. Azure Storage takes at most 64 KB of message text.
        var queue = hub.Queue(hub.CourtOrdersQueue);
        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => queue.SendMessageAsync(new string('x', 64 * 1024 + 1)));
        var atLimit = "{\"orderId\":\"" + new string('9', 64 * 1024 - 20) + "\"}";
        var messageId = (await queue.SendMessageAsync(atLimit)).Value.MessageId;
        IReadOnlyDictionary<string, string> poisoned = new Dictionary<string, string>();
        await Eventually.TrueAsync(async () => (poisoned = await PoisonQueue.ReasonsByMessageIdAsync(hub)).ContainsKey(messageId), seconds: 60);
        var stored = await new TableClient(hub.ConnectionString, hub.Name + "CourtOrdersPoison").GetEntityAsync<TableEntity>(messageId, string.Empty);

        // Assert
        figures.Add("POST routes x (declared, chunked) over 1 MB", answers.Count);
        figures.Add("answered 413 problem details", answers.Count(a => a == "413 application/problem+json"));
        figures.Add("queue message over 64 KB", $"refused by the queue ({refused.Status} {refused.ErrorCode})");
        figures.Add("queue message at the limit", $"poisoned: {poisoned[messageId]}; stored whole in {hub.Name}CourtOrdersPoison");
        Assert.All(answers, answer => Assert.Equal("413 application/problem+json", answer));
        Assert.NotNull(stored.Value);
    }
}
