using System.Text.Json;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.BadInput;

/// <summary>Part 1 of issue 11 on the queue: every bad court-orders message ends in court-orders-poison with its reason; none is lost.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class MalformedMessageTests(PrivateAzurite storage, ITestOutputHelper output)
{
    [Fact]
    public async Task MalformedMessages_OnCourtOrders_AreEachPoisonedWithAReasonOrTakenAndNoneIsLost()
    {
        // Arrange
        var figures = new Figures(output, "bad messages");
        var hub = await HubNames.NewAsync(storage, "rmsg");
        await using var host = await ServiceHost.StartAsync(hub.Settings);
        using var client = host.CreateClient(Keys.Function);
        var queue = hub.Queue(hub.CourtOrdersQueue);
        var generator = new MalformedMessages(seed: 11);
        var sent = new Dictionary<string, (string Kind, string Text)>(StringComparer.Ordinal);

        // Act
        for (var i = 0; i < SuiteSize.Current.MalformedMessages; i++)
        {
            var message = generator.Next();
            sent[(await queue.SendMessageAsync(message.Text)).Value.MessageId] = message;
        }

        var poisoned = new Dictionary<string, string>(StringComparer.Ordinal);
        await Eventually.TrueAsync(
            async () =>
            {
                foreach (var (id, reason) in await PoisonQueue.ReasonsByMessageIdAsync(hub))
                {
                    poisoned[id] = reason;
                }

                var waiting = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
                return waiting == 0 && (poisoned.Count == sent.Count || await TakenAsync(client, sent, poisoned) + poisoned.Count == sent.Count);
            },
            seconds: 300);
        var taken = await TakenAsync(client, sent, poisoned);

        // Assert: in = poisoned + taken; every poisoned one says why.
        figures.Add("messages in", sent.Count);
        figures.Add("messages poisoned (with a reason)", poisoned.Count(p => p.Value.Length > 0));
        figures.Add("messages taken as orders (a mutation left them valid)", taken);
        figures.Add("messages lost", sent.Count - poisoned.Count - taken);
        figures.Add("host healthy afterwards", (await client.GetAsync("/health")).IsSuccessStatusCode);
        Assert.All(poisoned.Keys, id => Assert.Contains(id, sent.Keys));
        Assert.All(poisoned.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.Equal(sent.Count, poisoned.Count + taken);
        Assert.Empty(LogScan.Leaks(host.Output, Keys.All));
    }

    /// <summary>The messages not poisoned whose order the host took in: the order exists under the document's id.</summary>
    private static async Task<int> TakenAsync(HttpClient client, Dictionary<string, (string Kind, string Text)> sent, Dictionary<string, string> poisoned)
    {
        var taken = 0;
        foreach (var (id, (_, text)) in sent.Where(s => !poisoned.ContainsKey(s.Key)))
        {
            if (OrderIdOf(text) is { } orderId && (await client.GetAsync($"/api/orders/{orderId}")).IsSuccessStatusCode)
            {
                taken++;
            }
        }

        return taken;
    }

    private static string? OrderIdOf(string text)
    {
        try
        {
            var json = text.TrimStart().StartsWith('{') ? text : System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text));
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("orderId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return null;
        }
    }
}
