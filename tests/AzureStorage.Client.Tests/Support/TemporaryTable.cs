using AzureStorage.Client.Tables;

namespace AzureStorage.Client.Support;

/// <summary>A table with a unique name, created for one test and deleted after it.</summary>
internal sealed class TemporaryTable : IAsyncDisposable
{
    private TemporaryTable(TableClient table) => Table = table;

    public TableClient Table { get; }

    public string Name => Table.Name;

    public static async Task<TemporaryTable> CreateAsync(StorageClient client)
    {
        var table = client.GetTable(TestStorage.TableName());
        await table.CreateIfNotExistsAsync();
        return new TemporaryTable(table);
    }

    public async ValueTask DisposeAsync() => await Table.DeleteIfExistsAsync();
}
