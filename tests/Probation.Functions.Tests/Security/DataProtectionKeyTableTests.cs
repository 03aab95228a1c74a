using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Pages;

namespace Probation.Functions.Security;

/// <summary>The key ring's table, on Azurite, used before the host's storage initializers have run.</summary>
public sealed class DataProtectionKeyTableTests : IAsyncLifetime
{
    private readonly AppTables _tables = new(Options.Create(new StorageOptions { TaskHub = "Keys" + Guid.NewGuid().ToString("N")[..12] }));
    private readonly TableServiceClient _storage = new(FunctionAppFactory.ConnectionString);

    [Fact]
    public void GetAllElements_BeforeTheTableExists_IsEmptyAndAKeyStoredThenReadsBack()
    {
        // Arrange: the framework reads the ring as the host starts, maybe before the initializers create the table.
        var keys = new DataProtectionKeyTable(_storage, _tables);

        // Act
        var before = keys.GetAllElements();
        keys.StoreElement(new XElement("key", new XAttribute("id", "k1")), "key-k1");

        // Assert
        Assert.Empty(before);
        Assert.Equal("k1", Assert.Single(new DataProtectionKeyTable(_storage, _tables).GetAllElements()).Attribute("id")?.Value);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _storage.DeleteTableAsync(_tables.DataProtectionKeys);
}
