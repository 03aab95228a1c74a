using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Probation.Functions.Engine;
using Probation.Functions.Hosting;

namespace Probation.Functions.Storage;

/// <summary><c>AzureWebJobsStorage</c> in both of the forms the Functions host reads, for the app's clients and the engine's.</summary>
public sealed class StorageAccountTests
{
    [Fact]
    public void Read_ConnectionString_GivesClientsOnThatAccount()
    {
        // Act
        var (account, error) = StorageAccount.Read(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        // Assert
        Assert.Null(error);
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", account!.Tables(new()).Uri.ToString().TrimEnd('/'));
        Assert.Null(account.Services);
    }

    [Fact]
    public void Read_AccountNameWithManagedIdentity_GivesTheAccountsEndpointsAndTheSystemIdentity()
    {
        // Act
        var (account, error) = StorageAccount.Read(Settings(
            ("AzureWebJobsStorage:accountName", "stprobation"), ("AzureWebJobsStorage:credential", "managedidentity")));

        // Assert
        Assert.Null(error);
        Assert.Null(account!.ConnectionString);
        Assert.Equal(new Uri("https://stprobation.table.core.windows.net"), account.Tables(new()).Uri);
        Assert.Equal(new Uri("https://stprobation.queue.core.windows.net"), account.Queues(new()).Uri);
        Assert.Equal(new Uri("https://stprobation.blob.core.windows.net"), account.Services!.Blob);
        Assert.IsType<ManagedIdentityCredential>(account.Services.Credential);
    }

    [Fact]
    public void Read_ServiceUrisAsInfraDeploysThem_UsesEachAsGiven()
    {
        // Act
        var (account, error) = StorageAccount.Read(Settings(
            ("AzureWebJobsStorage:blobServiceUri", "https://blob.example.net/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://queue.example.net/"),
            ("AzureWebJobsStorage:tableServiceUri", "https://table.example.net/"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "7d1f3c1e-0000-4000-8000-000000000001")));

        // Assert
        Assert.Null(error);
        Assert.Equal(new Uri("https://table.example.net/"), account!.Services!.Table);
        Assert.Equal(new Uri("https://queue.example.net/"), account.Services.Queue);
        Assert.IsType<ManagedIdentityCredential>(account.Services.Credential);
    }

    [Fact]
    public void Read_ServiceUrisWithoutCredentialSetting_SignsInWithTheDefaultChain()
    {
        // Act
        var (account, _) = StorageAccount.Read(Settings(("AzureWebJobsStorage:accountName", "stprobation")));

        // Assert
        Assert.IsType<DefaultAzureCredential>(account!.Services!.Credential);
    }

    [Theory]
    [InlineData(null, null, "AzureWebJobsStorage must be set")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "http://table.example.net/", "AzureWebJobsStorage__tableServiceUri must be an https URI")]
    [InlineData("AzureWebJobsStorage:blobServiceUri", "not a uri", "AzureWebJobsStorage__blobServiceUri must be an https URI")]
    public void Read_NoAccountOrABadUri_NamesTheSetting(string? key, string? value, string expected)
    {
        // Arrange: the other two endpoints well formed, so only the one given can be at fault.
        var settings = new List<(string, string)>
        {
            ("AzureWebJobsStorage:blobServiceUri", "https://blob.example.net/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://queue.example.net/"),
            ("AzureWebJobsStorage:tableServiceUri", "https://table.example.net/"),
        };
        if (key is null)
        {
            settings.Clear();
        }
        else
        {
            settings.RemoveAll(s => s.Item1 == key);
            settings.Add((key, value!));
        }

        // Act
        var (account, error) = StorageAccount.Read(Settings([.. settings]));

        // Assert
        Assert.Null(account);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineCreate_IdentityBasedAccount_PointsEachEngineClientAtItsService()
    {
        // Arrange
        var (account, _) = StorageAccount.Read(Settings(("AzureWebJobsStorage:accountName", "stprobation"), ("AzureWebJobsStorage:credential", "managedidentity")));

        // Act
        var provider = EngineStorageAccount.Create(account!, new StorageRequestCounter());

        // Assert
        Assert.Equal(new Uri("https://stprobation.blob.core.windows.net"), provider.Blob.CreateClient(provider.Blob.CreateOptions()).Uri);
        Assert.Equal(new Uri("https://stprobation.queue.core.windows.net"), provider.Queue.CreateClient(provider.Queue.CreateOptions()).Uri);
        Assert.Equal(new Uri("https://stprobation.table.core.windows.net"), provider.Table.CreateClient(provider.Table.CreateOptions()).Uri);
    }

    [Fact]
    public async Task Start_WithoutAnAccount_StopsTheHostNamingTheSetting()
    {
        // Act
        var error = await StartupCheck.StartAsync(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = string.Empty });

        // Assert
        Assert.Contains("AzureWebJobsStorage must be set", Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(error).Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
