using System.Text;

namespace AzureStorage.Client.Http;

public sealed class StorageErrorsTests
{
    [Fact]
    public void ReadBody_QueueXmlError_ReturnsCodeAndFirstLineOnly()
    {
        var body = Encoding.UTF8.GetBytes(
            "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>" +
            "<Message>Server failed to authenticate the request.\nRequestId:1\nTime:2026</Message>" +
            "<AuthenticationErrorDetail>The MAC signature found in the HTTP request 'c2lnbmF0dXJl' is not the same</AuthenticationErrorDetail></Error>");

        var (code, message) = StorageErrors.ReadBody(body);

        Assert.Equal("AuthenticationFailed", code);
        Assert.Equal("Server failed to authenticate the request.", message);
    }

    [Fact]
    public void ReadBody_TableJsonError_ReturnsCodeAndFirstLine()
    {
        var body = """{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"The specified entity already exists.\nRequestId:2\nTime:2026"}}}"""u8;

        var (code, message) = StorageErrors.ReadBody(body);

        Assert.Equal("EntityAlreadyExists", code);
        Assert.Equal("The specified entity already exists.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a body")]
    [InlineData("<Error><Code>Broken")]
    [InlineData("{\"odata.error\":")]
    public void ReadBody_EmptyOrMalformed_ReturnsNothing(string body)
    {
        var (code, message) = StorageErrors.ReadBody(Encoding.UTF8.GetBytes(body));

        Assert.Null(code);
        Assert.Null(message);
    }
}
