using AzureStorage.Client.Support;

namespace AzureStorage.Client.Queues;

public sealed class QueueClientTests
{
    private static readonly TimeSpan Hidden = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task CreateIfNotExistsAsync_CalledTwice_CreatesOnceAndSucceedsAgain()
    {
        using var client = TestStorage.CreateClient();
        var queue = client.GetQueue(TestStorage.QueueName());

        var first = await queue.CreateIfNotExistsAsync();
        var second = await queue.CreateIfNotExistsAsync();
        var deleted = await queue.DeleteIfExistsAsync();
        var deletedAgain = await queue.DeleteIfExistsAsync();

        Assert.True(first);
        Assert.False(second);
        Assert.True(deleted);
        Assert.False(deletedAgain);
    }

    [Fact]
    public async Task SendMessageAsync_ThenReceive_ReturnsTextIdReceiptAndDequeueCount()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        const string text = "plain <text> & \"quotes\" 'single' \r\n line\ttab ünïcødé 😀 ]]>";

        var receipt = await temporary.Queue.SendMessageAsync(text);
        var received = await temporary.Queue.ReceiveMessagesAsync(32, Hidden);

        var message = Assert.Single(received);
        Assert.Equal(receipt.MessageId, message.MessageId);
        Assert.Equal(text, message.Text);
        Assert.Equal(1, message.DequeueCount);
        Assert.False(string.IsNullOrEmpty(message.PopReceipt));
        Assert.Equal(receipt.InsertedOn, message.InsertedOn);
        Assert.True(message.NextVisibleOn > message.InsertedOn);
    }

    [Fact]
    public async Task ReceiveMessagesAsync_MoreThanAvailable_ReturnsAllUpToMax()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        for (var i = 0; i < 40; i++)
        {
            await temporary.Queue.SendMessageAsync($"m{i}");
        }

        var first = await temporary.Queue.ReceiveMessagesAsync(32, Hidden);
        var second = await temporary.Queue.ReceiveMessagesAsync(32, Hidden);
        var third = await temporary.Queue.ReceiveMessagesAsync(32, Hidden);

        Assert.Equal(32, first.Count);
        Assert.Equal(8, second.Count);
        Assert.Empty(third);
        Assert.Equal(40, first.Concat(second).Select(m => m.Text).Distinct().Count());
    }

    [Fact]
    public async Task DeleteMessageAsync_WithPopReceipt_RemovesMessage()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("to delete");
        var message = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, Hidden));

        await temporary.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);

        Assert.Equal(0, await temporary.Queue.GetApproximateMessageCountAsync());
        var again = await Assert.ThrowsAsync<StorageNotFoundException>(
            () => temporary.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));
        Assert.Equal("MessageNotFound", again.ErrorCode);
    }

    [Fact]
    public async Task UpdateMessageAsync_VisibilityZero_MakesMessageVisibleWithNewReceipt()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("original");
        var first = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, Hidden));

        var update = await temporary.Queue.UpdateMessageAsync(first.MessageId, first.PopReceipt, TimeSpan.Zero, "changed");
        var second = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, Hidden));

        Assert.NotEqual(first.PopReceipt, update.PopReceipt);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal("changed", second.Text);
        Assert.Equal(2, second.DequeueCount);
        await Assert.ThrowsAnyAsync<StorageRequestException>(
            () => temporary.Queue.DeleteMessageAsync(first.MessageId, first.PopReceipt));
        await temporary.Queue.DeleteMessageAsync(second.MessageId, second.PopReceipt);
    }

    [Fact]
    public async Task UpdateMessageAsync_ExtendVisibility_KeepsTextAndHidesMessage()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("kept");
        var message = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(1)));

        var update = await temporary.Queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.FromHours(1));
        var peeked = await temporary.Queue.PeekMessagesAsync(32);

        Assert.True(update.NextVisibleOn > message.NextVisibleOn.AddMinutes(30));
        Assert.Empty(peeked);
        await temporary.Queue.DeleteMessageAsync(message.MessageId, update.PopReceipt);
        Assert.Equal(0, await temporary.Queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task PeekMessagesAsync_VisibleMessages_LeavesThemVisible()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("a");
        await temporary.Queue.SendMessageAsync("b");

        var peeked = await temporary.Queue.PeekMessagesAsync(32);
        var received = await temporary.Queue.ReceiveMessagesAsync(32, Hidden);

        Assert.Equal(["a", "b"], peeked.Select(m => m.Text));
        Assert.All(peeked, m => Assert.Equal(0, m.DequeueCount));
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task SendMessageAsync_VisibilityDelay_HidesMessageButCountsIt()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);

        var receipt = await temporary.Queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromHours(1));

        Assert.Empty(await temporary.Queue.ReceiveMessagesAsync(32, Hidden));
        Assert.Empty(await temporary.Queue.PeekMessagesAsync(32));
        Assert.Equal(1, await temporary.Queue.GetApproximateMessageCountAsync());
        Assert.True(receipt.NextVisibleOn >= receipt.InsertedOn.AddMinutes(59));
    }

    [Fact]
    public async Task SendMessageAsync_NeverExpires_SetsExpiryToYear9999()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);

        var receipt = await temporary.Queue.SendMessageAsync("forever", timeToLive: QueueClient.NeverExpires);
        var peeked = Assert.Single(await temporary.Queue.PeekMessagesAsync());

        Assert.Equal(9999, receipt.ExpiresOn.Year);
        Assert.Equal(9999, peeked.ExpiresOn.Year);
    }

    [Fact]
    public async Task SendMessageAsync_TimeToLive_SetsExpiry()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);

        var receipt = await temporary.Queue.SendMessageAsync("short", timeToLive: TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromMinutes(10), receipt.ExpiresOn - receipt.InsertedOn);
    }

    [Fact]
    public async Task ClearMessagesAsync_WithMessages_EmptiesQueue()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("x");
        await temporary.Queue.SendMessageAsync("y");

        await temporary.Queue.ClearMessagesAsync();

        Assert.Equal(0, await temporary.Queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task SendMessageAsync_Base64Helpers_RoundTripBinary()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        byte[] payload = [0, 1, 2, 0xFF, 0xFE, 10, 13];

        await temporary.Queue.SendMessageAsync(QueueMessageText.ToBase64(payload));
        var message = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, Hidden));

        Assert.Equal(payload, QueueMessageText.FromBase64(message.Text));
    }

    [Fact]
    public async Task SendMessageAsync_MissingQueue_ThrowsNotFoundWithErrorCode()
    {
        using var client = TestStorage.CreateClient();
        var queue = client.GetQueue(TestStorage.QueueName());

        var error = await Assert.ThrowsAsync<StorageNotFoundException>(() => queue.SendMessageAsync("x"));

        Assert.Equal("QueueNotFound", error.ErrorCode);
        Assert.Equal("Queue.Put", error.Operation);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task SendMessageAsync_TextWithControlCharacter_ThrowsPointingToBase64()
    {
        using var client = new StorageClient(StorageAccount.Development);
        var queue = client.GetQueue(TestStorage.QueueName());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync("bad\u0001"));

        Assert.Contains("base64", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("a--b")]
    [InlineData("-ab")]
    public void GetQueue_InvalidName_ThrowsArgumentException(string name)
    {
        using var client = new StorageClient(StorageAccount.Development);

        Assert.Throws<ArgumentException>(() => client.GetQueue(name));
    }
}
