using System.Text;

namespace AzureStorage.Client.Http;

public sealed class SharedKeySignerTests
{
    private const string Date = "Sun, 22 Nov 2026 06:00:00 GMT";

    [Fact]
    public void QueueStringToSign_PutMessage_FollowsBlobQueueFileLayout()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:10001/devstoreaccount1/q1/messages?visibilitytimeout=5&messagettl=-1");
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("hello"));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/xml; charset=utf-8");
        request.Headers.Add("x-ms-version", "2024-11-04");
        request.Headers.Add("x-ms-date", Date);

        var stringToSign = SharedKeySigner.QueueStringToSign(request, "devstoreaccount1");

        Assert.Equal(
            "POST\n\n\n5\n\napplication/xml; charset=utf-8\n\n\n\n\n\n\n" +
            $"x-ms-date:{Date}\nx-ms-version:2024-11-04\n" +
            "/devstoreaccount1/devstoreaccount1/q1/messages\nmessagettl:-1\nvisibilitytimeout:5",
            stringToSign);
    }

    [Fact]
    public void QueueStringToSign_EscapedQueryValue_IsDecodedAndEmptyBodyHasNoLength()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "https://acct.queue.core.windows.net/q1/messages/id1?popreceipt=AgAAAA%2BB%2FCC%3D%3D");
        request.Headers.Add("x-ms-date", Date);

        var stringToSign = SharedKeySigner.QueueStringToSign(request, "acct");

        Assert.EndsWith($"\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:{Date}\n/acct/q1/messages/id1\npopreceipt:AgAAAA+B/CC==", stringToSign, StringComparison.Ordinal);
        Assert.StartsWith("DELETE\n", stringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void TableStringToSign_EntityUpdate_UsesVerbTypeDateAndEscapedPath()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10002/devstoreaccount1/t1(PartitionKey='O%27%27Brien',RowKey='a%20b')?$select=A");
        request.Content = new ByteArrayContent("{}"u8.ToArray());
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.Add("x-ms-date", Date);

        var stringToSign = SharedKeySigner.TableStringToSign(request, "devstoreaccount1");

        Assert.Equal(
            $"PUT\n\napplication/json\n{Date}\n/devstoreaccount1/devstoreaccount1/t1(PartitionKey='O%27%27Brien',RowKey='a%20b')",
            stringToSign);
    }

    [Fact]
    public void Sign_DevelopmentAccount_AddsSharedKeyHeaderWithoutExposingKey()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:10002/devstoreaccount1/Tables");
        request.Headers.Add("x-ms-date", Date);

        SharedKeySigner.Sign(request, StorageService.Table, StorageAccount.Development);

        var authorization = Assert.Single(request.Headers.GetValues("Authorization"));
        Assert.StartsWith("SharedKey devstoreaccount1:", authorization, StringComparison.Ordinal);
        Assert.Equal(44, authorization.Split(':')[1].Length);
    }
}
