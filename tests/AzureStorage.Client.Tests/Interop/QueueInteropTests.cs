using AzureStorage.Client.Queues;
using AzureStorage.Client.Support;

namespace AzureStorage.Client.Interop;

/// <summary>Messages put by this client are received by Microsoft's JavaScript SDK, and the other way round.</summary>
public sealed class QueueInteropTests
{
    private const string Plain = "plain <xml> & \"quotes\" 'apostrophes' ]]> ünïcødé 😀\ttab";
    private static readonly byte[] Binary = [0, 1, 2, 0x7F, 0x80, 0xFE, 0xFF, (byte)'\r', (byte)'\n'];

    [Fact]
    public async Task SendMessageAsync_PlainAndBase64_OfficialSdkReceivesExactText()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        var plain = await temporary.Queue.SendMessageAsync(Plain);
        var base64 = await temporary.Queue.SendMessageAsync(QueueMessageText.ToBase64(Binary), timeToLive: QueueClient.NeverExpires);

        var received = (await OfficialSdk.RunAsync(new { op = "receiveMessages", queue = temporary.Name, count = 32, visibilityTimeout = 300 }))[0]!.AsArray();

        Assert.Equal(2, received.Count);
        Assert.Equal(plain.MessageId, (string?)received[0]!["messageId"]);
        Assert.Equal(Plain, (string?)received[0]!["text"]);
        Assert.Equal(base64.MessageId, (string?)received[1]!["messageId"]);
        Assert.Equal(Binary, QueueMessageText.FromBase64((string)received[1]!["text"]!));
        Assert.StartsWith("9999-12-31", (string?)received[1]!["expiresOn"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveMessagesAsync_SentByOfficialSdk_ReadsExactTextAndDeletesWithTheirReceipt()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        var text = Plain + "\r\nsecond line";

        var sent = await OfficialSdk.RunAsync(
            new { op = "sendMessage", queue = temporary.Name, text },
            new { op = "sendMessage", queue = temporary.Name, text = Convert.ToBase64String(Binary), messageTimeToLive = -1 },
            new { op = "sendMessage", queue = temporary.Name, text = "receipt" });
        var peeked = await temporary.Queue.PeekMessagesAsync(32);
        await temporary.Queue.DeleteMessageAsync((string)sent[2]!["messageId"]!, (string)sent[2]!["popReceipt"]!);
        var received = await temporary.Queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5));

        Assert.Equal(3, peeked.Count);
        Assert.Equal(text, received[0].Text);
        Assert.Equal(Binary, QueueMessageText.FromBase64(received[1].Text));
        Assert.Equal(9999, received[1].ExpiresOn.Year);
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task PopReceipts_ExchangedBothWays_UpdateAndDeleteSucceed()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        await temporary.Queue.SendMessageAsync("first");
        var ours = Assert.Single(await temporary.Queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5)));

        var results = await OfficialSdk.RunAsync(
            new { op = "updateMessage", queue = temporary.Name, messageId = ours.MessageId, popReceipt = ours.PopReceipt, text = "updated by sdk", visibilityTimeout = 0 },
            new { op = "receiveMessages", queue = temporary.Name, count = 1, visibilityTimeout = 300 });
        var theirs = results[1]!.AsArray().Single()!;
        await temporary.Queue.DeleteMessageAsync((string)theirs["messageId"]!, (string)theirs["popReceipt"]!);

        Assert.Equal("updated by sdk", (string?)theirs["text"]);
        Assert.Equal(2, (int)theirs["dequeueCount"]!);
        Assert.Equal(0, await temporary.Queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task GetApproximateMessageCountAsync_AgreesWithOfficialSdk()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryQueue.CreateAsync(client);
        for (var i = 0; i < 3; i++)
        {
            await temporary.Queue.SendMessageAsync($"m{i}", visibilityDelay: TimeSpan.FromHours(1));
        }

        var theirs = await OfficialSdk.RunAsync(new { op = "approximateCount", queue = temporary.Name });

        Assert.Equal(3, (int)theirs[0]!["count"]!);
        Assert.Equal(3, await temporary.Queue.GetApproximateMessageCountAsync());
    }
}
