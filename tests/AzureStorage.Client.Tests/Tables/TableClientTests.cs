using AzureStorage.Client.Support;

namespace AzureStorage.Client.Tables;

public sealed class TableClientTests
{
    [Fact]
    public async Task CreateIfNotExistsAsync_CalledTwice_CreatesOnceAndDeletes()
    {
        using var client = TestStorage.CreateClient();
        var table = client.GetTable(TestStorage.TableName());

        var first = await table.CreateIfNotExistsAsync();
        var second = await table.CreateIfNotExistsAsync();
        var deleted = await table.DeleteIfExistsAsync();
        var deletedAgain = await table.DeleteIfExistsAsync();

        Assert.True(first);
        Assert.False(second);
        Assert.True(deleted);
        Assert.False(deletedAgain);
    }

    [Fact]
    public async Task InsertAsync_ThenGet_ReturnsEntityWithETagAndTimestamp()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var entity = new TableEntity("p", "r") { ["Name"] = "value", ["Count"] = 3 };

        var etag = await temporary.Table.InsertAsync(entity);
        var read = await temporary.Table.GetEntityAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("value", read.GetString("Name"));
        Assert.Equal(3, read.GetInt32("Count"));
        Assert.Equal(2, read.Count);
    }

    [Fact]
    public async Task InsertAsync_Duplicate_ThrowsConflictWithErrorCode()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await temporary.Table.InsertAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => temporary.Table.InsertAsync(new TableEntity("p", "r")));

        Assert.Equal(System.Net.HttpStatusCode.Conflict, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal("Table.Insert", error.Operation);
    }

    [Fact]
    public async Task GetEntityAsync_Missing_ReturnsNull()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);

        var read = await temporary.Table.GetEntityAsync("p", "missing");

        Assert.Null(read);
    }

    [Fact]
    public async Task GetEntityAsync_MissingTable_ThrowsNotFound()
    {
        using var client = TestStorage.CreateClient();
        var table = client.GetTable(TestStorage.TableName());

        var error = await Assert.ThrowsAsync<StorageNotFoundException>(() => table.GetEntityAsync("p", "r"));

        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task UpdateAsync_CurrentETag_ReplacesAndReturnsNewETag()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var etag = await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var updated = await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 10 }, etag, TableUpdateMode.Replace);
        var read = await temporary.Table.GetEntityAsync("p", "r");

        Assert.NotEqual(etag, updated);
        Assert.Equal(updated, read!.ETag);
        Assert.Equal(10, read.GetInt32("A"));
        Assert.False(read.ContainsKey("B"));
    }

    [Fact]
    public async Task UpdateAsync_Merge_KeepsOtherProperties()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var etag = await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 10 }, etag, TableUpdateMode.Merge);
        var read = await temporary.Table.GetEntityAsync("p", "r");

        Assert.Equal(10, read!.GetInt32("A"));
        Assert.Equal(2, read.GetInt32("B"));
    }

    [Fact]
    public async Task UpdateAsync_StaleETag_ThrowsPreconditionFailed()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var stale = await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1 });
        await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 2 }, stale, TableUpdateMode.Replace);

        var error = await Assert.ThrowsAsync<StoragePreconditionFailedException>(
            () => temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 3 }, stale, TableUpdateMode.Merge));

        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Equal(2, (await temporary.Table.GetEntityAsync("p", "r"))!.GetInt32("A"));
    }

    [Fact]
    public async Task UpdateAsync_WildcardETag_UpdatesAnyVersion()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1 });

        await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 5 }, ETag.All, TableUpdateMode.Replace);

        Assert.Equal(5, (await temporary.Table.GetEntityAsync("p", "r"))!.GetInt32("A"));
    }

    [Fact]
    public async Task UpdateAsync_MissingEntity_ThrowsNotFound()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);

        var error = await Assert.ThrowsAsync<StorageNotFoundException>(
            () => temporary.Table.UpdateAsync(new TableEntity("p", "r"), ETag.All, TableUpdateMode.Replace));

        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task UpsertAsync_BothModes_InsertThenReplaceOrMerge()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);

        await temporary.Table.UpsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 1 }, TableUpdateMode.Replace);
        await temporary.Table.UpsertAsync(new TableEntity("p", "r") { ["A"] = 2 }, TableUpdateMode.Merge);
        var merged = await temporary.Table.GetEntityAsync("p", "r");
        await temporary.Table.UpsertAsync(new TableEntity("p", "r") { ["C"] = 3 }, TableUpdateMode.Replace);
        var replaced = await temporary.Table.GetEntityAsync("p", "r");

        Assert.Equal((2, 1), (merged!.GetInt32("A"), merged.GetInt32("B")));
        Assert.Equal(["C"], replaced!.Keys);
    }

    [Fact]
    public async Task DeleteEntityAsync_CurrentETag_Deletes()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var etag = await temporary.Table.InsertAsync(new TableEntity("p", "r"));

        await temporary.Table.DeleteEntityAsync("p", "r", etag);

        Assert.Null(await temporary.Table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntityAsync_StaleETag_ThrowsPreconditionFailedAndKeepsEntity()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var stale = await temporary.Table.InsertAsync(new TableEntity("p", "r"));
        await temporary.Table.UpdateAsync(new TableEntity("p", "r") { ["A"] = 1 }, stale, TableUpdateMode.Replace);

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => temporary.Table.DeleteEntityAsync("p", "r", stale));

        Assert.NotNull(await temporary.Table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntityAsync_Missing_ThrowsNotFound()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);

        await Assert.ThrowsAsync<StorageNotFoundException>(() => temporary.Table.DeleteEntityAsync("p", "r", ETag.All));
    }

    [Fact]
    public async Task GetEntityAsync_Select_ReturnsOnlySelectedProperties()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await temporary.Table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = "b" });

        var read = await temporary.Table.GetEntityAsync("p", "r", ["B"]);

        Assert.Equal(["B"], read!.Keys);
    }
}
