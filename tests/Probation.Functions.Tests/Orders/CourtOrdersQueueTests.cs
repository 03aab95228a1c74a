using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Probation.Functions.Storage;

namespace Probation.Functions.Orders;

public sealed class CourtOrdersQueueTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Message_ValidOrderPlainOrBase64_StartsTheOrderAsTheHttpRouteDoes(bool base64)
    {
        // Arrange
        using var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var orderId = OrderSamples.NewOrderId();
        var document = OrderSamples.CommunityOrder(orderId);

        // Act
        await FunctionAppFactory.Queue(_app.CourtOrdersQueue)
            .SendMessageAsync(base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(document)) : document);
        await Eventually.TrueAsync(async () => (await staff.GetAsync($"/api/orders/{orderId}")).StatusCode == HttpStatusCode.OK);

        // Assert
        using var order = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        Assert.Equal("Community", order.RootElement.GetProperty("phase").GetString());
    }

    [Theory]
    [InlineData("not an order at all", "the message is neither a JSON document nor base64")]
    [InlineData("{ \"orderId\": \"ORD-2026-000001\", \"orderType\": \"Probation\" }", "the order document is invalid")]
    public async Task Message_UnreadableOrInvalid_MovesToThePoisonQueueWithTheReasonAfterOneTry(string text, string reason)
    {
        // Arrange
        var marker = Guid.NewGuid().ToString("N");
        var message = text.StartsWith('{') ? text.Replace(" }", $", \"marker\": \"{marker}\" }}", StringComparison.Ordinal) : $"{text} {marker}";
        using var started = _app.CreateClient(key: null);

        // Act
        await FunctionAppFactory.Queue(_app.CourtOrdersQueue).SendMessageAsync(message);
        PoisonedCourtOrder? poisoned = null;
        await Eventually.TrueAsync(async () => (poisoned = await FindPoisonedAsync(marker)) is not null);

        // Assert
        Assert.Equal(message, poisoned!.Message);
        Assert.StartsWith(reason, poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(1, poisoned.DequeueCount);
    }

    [Fact]
    public async Task Message_TooLargeToCarryWithItsReason_IsStoredWholeAndThePoisonMessageSaysWhere()
    {
        // Arrange: quotes grow when written inside a JSON string, so this text no longer fits once wrapped.
        var message = "not an order " + string.Concat(Enumerable.Repeat("\"quoted\" ", 6_500));
        using var started = _app.CreateClient(key: null);

        // Act
        var sent = (await FunctionAppFactory.Queue(_app.CourtOrdersQueue).SendMessageAsync(message)).Value;
        PoisonedCourtOrder? poisoned = null;
        await Eventually.TrueAsync(async () => (poisoned = await FindPoisonedByIdAsync(sent.MessageId)) is not null);

        // Assert
        Assert.Null(poisoned!.Message);
        Assert.StartsWith("the message is neither a JSON document nor base64", poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(_app.TaskHub + "CourtOrdersPoison", poisoned.StoredIn);
        var stored = (await FunctionAppFactory.Table(poisoned.StoredIn!).GetEntityAsync<TableEntity>(sent.MessageId, string.Empty)).Value;
        Assert.Equal(message, LargeText.Read(stored, "Message"));
        Assert.Equal(poisoned.Reason, LargeText.Read(stored, "Reason"));
        Assert.Empty((await FunctionAppFactory.Queue(_app.CourtOrdersQueue).PeekMessagesAsync(32)).Value);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAndDeleteHubAsync();

    private async Task<PoisonedCourtOrder?> FindPoisonedAsync(string marker)
    {
        var peeked = (await FunctionAppFactory.Queue(_app.CourtOrdersPoisonQueue).PeekMessagesAsync(32)).Value;
        return peeked
            .Select(m => JsonSerializer.Deserialize<PoisonedCourtOrder>(m.Body.ToString(), JsonSerializerOptions.Web)!)
            .FirstOrDefault(p => p.Message?.Contains(marker, StringComparison.Ordinal) == true);
    }

    private async Task<PoisonedCourtOrder?> FindPoisonedByIdAsync(string messageId)
    {
        var peeked = (await FunctionAppFactory.Queue(_app.CourtOrdersPoisonQueue).PeekMessagesAsync(32)).Value;
        return peeked
            .Select(m => JsonSerializer.Deserialize<PoisonedCourtOrder>(m.Body.ToString(), JsonSerializerOptions.Web)!)
            .FirstOrDefault(p => p.MessageId == messageId);
    }
}
