using System.Text;

namespace AzureStorage.Client.Tables;

public sealed class TableContinuationTokenTests
{
    [Fact]
    public void Encode_Keys_ProducesJavaScriptSdkFormat()
    {
        var token = TableContinuationToken.Encode("1!8!cDE-", "1!12!cjAwMTA-");

        Assert.Equal("{\"nextPartitionKey\":\"1!8!cDE-\",\"nextRowKey\":\"1!12!cjAwMTA-\"}", Encoding.UTF8.GetString(Convert.FromBase64String(token!)));
        Assert.Equal(("1!8!cDE-", "1!12!cjAwMTA-"), TableContinuationToken.Decode(token!));
    }

    [Fact]
    public void Encode_NoPartitionKey_MeansLastPage()
    {
        Assert.Null(TableContinuationToken.Encode(null, "ignored"));
        Assert.Null(TableContinuationToken.Encode(string.Empty, null));
    }

    [Fact]
    public void Decode_PartitionOnly_HasNoRowKey()
    {
        var token = TableContinuationToken.Encode("p", null)!;

        Assert.Equal(("p", (string?)null), TableContinuationToken.Decode(token));
    }
}
