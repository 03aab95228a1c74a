namespace AzureStorage.Client;

public sealed class StorageAccountTests
{
    private const string Key = "c2VjcmV0LWtleS1ieXRlcy1mb3ItdGVzdHMtb25seS0xMjM0NTY3ODkwYWJjZGVm";

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("UseDevelopmentStorage=TRUE;")]
    [InlineData(" usedevelopmentstorage = true ")]
    public void Parse_DevelopmentStorage_UsesAzuriteAccountAndPathStyleEndpoints(string connectionString)
    {
        var account = StorageAccount.Parse(connectionString);

        Assert.Equal("devstoreaccount1", account.Name);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
    }

    [Fact]
    public void Parse_AccountKeyAndSuffix_BuildsServiceHostNames()
    {
        var account = StorageAccount.Parse($"DefaultEndpointsProtocol=https;AccountName=probation;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal("probation", account.Name);
        Assert.Equal(new Uri("https://probation.queue.core.windows.net"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://probation.table.core.windows.net"), account.TableEndpoint);
    }

    [Fact]
    public void Parse_NoProtocolOrSuffix_DefaultsToHttpsPublicCloud()
    {
        var account = StorageAccount.Parse($"AccountName=probation;AccountKey={Key}");

        Assert.Equal(new Uri("https://probation.table.core.windows.net"), account.TableEndpoint);
    }

    [Fact]
    public void Parse_OtherCloudSuffixAndHttp_UsesThem()
    {
        var account = StorageAccount.Parse($"DefaultEndpointsProtocol=http;AccountName=acct;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("http://acct.queue.core.chinacloudapi.cn"), account.QueueEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_OverrideDefaults()
    {
        var account = StorageAccount.Parse(
            $"AccountName=devstoreaccount1;AccountKey={Key};QueueEndpoint=http://127.0.0.1:20001/devstoreaccount1/;TableEndpoint=http://localhost:20002/devstoreaccount1;BlobEndpoint=http://127.0.0.1:20000/devstoreaccount1");

        Assert.Equal(new Uri("http://127.0.0.1:20001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://localhost:20002/devstoreaccount1"), account.TableEndpoint);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(";;", "empty")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage")]
    [InlineData("UseDevelopmentStorage=true;AccountName=x", "UseDevelopmentStorage")]
    [InlineData("AccountKey=" + Key, "no AccountName")]
    [InlineData("AccountName=acct", "no AccountKey")]
    [InlineData("AccountName=acct;AccountKey=", "no AccountKey")]
    [InlineData("AccountName=acct;AccountKey=not*base64", "AccountKey is not valid base64")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";QueueEndpoint=not a uri", "QueueEndpoint")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";AccountName=other", "more than once")]
    [InlineData("AccountName=acct;AcountKey=" + Key, "unsupported setting 'AcountKey'")]
    [InlineData("AccountName=acct;" + Key, "Segment 2")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";SharedAccessSignature=sv=1", "SharedAccessSignature")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheProblemButNotTheKey(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("base64\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ParsedAccount_ShowsNameAndEndpointsButNeverTheKey()
    {
        var account = StorageAccount.Parse($"AccountName=probation;AccountKey={Key}");

        var text = account.ToString();

        Assert.Contains("probation", text, StringComparison.Ordinal);
        Assert.Contains("https://probation.queue.core.windows.net", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(StorageAccount.DevelopmentAccountKey, StorageAccount.Development.ToString(), StringComparison.Ordinal);
    }
}
