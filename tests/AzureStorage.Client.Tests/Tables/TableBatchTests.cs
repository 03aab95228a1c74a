using System.Net;
using System.Text;

namespace AzureStorage.Client.Tables;

/// <summary>The $batch format against answers shaped like the service's documented samples, not only Azurite's.</summary>
public sealed class TableBatchTests
{
    private const string ContentType = "multipart/mixed; boundary=batchresponse_e69b1c6c";

    [Fact]
    public void Read_DocumentedSuccessAnswer_ReturnsStatusAndETagPerAction()
    {
        var body = Answer(
            Part("HTTP/1.1 204 No Content\r\nX-Content-Type-Options: nosniff\r\nPreference-Applied: return-no-content\r\nDataServiceVersion: 3.0;\r\nETag: W/\"datetime'2013-10-23T16%3A06%3A23.6000416Z'\"\r\n"),
            Part("HTTP/1.1 204 No Content\r\nDataServiceVersion: 1.0;\r\n"));

        var parts = TableBatch.Read(body, ContentType);

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent], parts.Select(p => p.Status));
        Assert.Equal("W/\"datetime'2013-10-23T16%3A06%3A23.6000416Z'\"", parts[0].Headers["ETag"]);
        Assert.False(parts[1].Headers.ContainsKey("ETag"));
    }

    [Fact]
    public void FailedIndex_DocumentedErrorAnswer_ReadsIndexFromMessagePrefix()
    {
        var body = Answer(Part(
            "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n\r\n" +
            "{\"odata.error\":{\"code\":\"InvalidInput\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:One of the request inputs is not valid.\\nRequestId:3\"}}}"));

        var failed = Assert.Single(TableBatch.Read(body, ContentType));

        Assert.Equal(HttpStatusCode.BadRequest, failed.Status);
        Assert.Equal(1, TableBatch.FailedIndex(failed.Headers, failed.Body));
        Assert.Equal("One of the request inputs is not valid.", TableBatch.WithoutIndex("1:One of the request inputs is not valid."));
    }

    [Fact]
    public void FailedIndex_NoPrefix_FallsBackToOneBasedContentId()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-ID"] = "4" };

        Assert.Equal(3, TableBatch.FailedIndex(headers, "{\"odata.error\":{\"code\":\"X\",\"message\":{\"value\":\"no index\"}}}"));
    }

    [Fact]
    public void Write_MixedActions_EmbedsOneRequestPerActionInOneChangeset()
    {
        var transaction = new TableTransaction()
            .Insert(new TableEntity("p", "a") { ["N"] = 1L })
            .Update(new TableEntity("p", "b'c"), new ETag("W/\"x\""), TableUpdateMode.Merge)
            .Delete("p", "d", ETag.All);

        var (body, contentType) = TableBatch.Write(transaction, "https://acct.table.core.windows.net", "t1");
        var text = Encoding.UTF8.GetString(body);

        Assert.StartsWith("multipart/mixed; boundary=batch_", contentType, StringComparison.Ordinal);
        Assert.Contains("POST https://acct.table.core.windows.net/t1 HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("MERGE https://acct.table.core.windows.net/t1(PartitionKey='p',RowKey='b%27%27c') HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("If-Match: W/\"x\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DELETE https://acct.table.core.windows.net/t1(PartitionKey='p',RowKey='d') HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"N@odata.type\":\"Edm.Int64\",\"N\":\"1\"", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("Content-Type: application/http").Length - 1);
        Assert.EndsWith("--\r\n", text, StringComparison.Ordinal);
    }

    private static string Part(string http) =>
        "--changesetresponse_0ab4a6e5\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + http + "\r\n";

    private static string Answer(params string[] parts) =>
        "--batchresponse_e69b1c6c\r\nContent-Type: multipart/mixed; boundary=changesetresponse_0ab4a6e5\r\n\r\n" +
        string.Concat(parts) + "--changesetresponse_0ab4a6e5--\r\n--batchresponse_e69b1c6c--\r\n";
}
