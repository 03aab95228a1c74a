using AzureStorage.Client.Support;

namespace AzureStorage.Client.Tables;

public sealed class TableTransactionTests
{
    [Fact]
    public async Task SubmitTransactionAsync_HundredInserts_CommitsAllWithETags()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var transaction = new TableTransaction();
        for (var i = 0; i < 100; i++)
        {
            transaction.Insert(new TableEntity("batch", $"r{i:D3}") { ["I"] = i, ["L"] = (long)i, ["S"] = new string('x', 200) });
        }

        var result = await temporary.Table.SubmitTransactionAsync(transaction);
        var stored = await temporary.Table.QueryAllAsync(new TableQuery(TableFilter.PartitionKeyEquals("batch"))).ToListAsync();

        Assert.Equal(100, result.ETags.Count);
        Assert.All(result.ETags, e => Assert.NotNull(e));
        Assert.Equal(100, stored.Count);
        Assert.Equal(stored.Select(e => e.ETag), result.ETags);
        Assert.Equal(1, client.Requests["Table.Batch"]);
    }

    [Fact]
    public async Task SubmitTransactionAsync_MixedActions_AppliesEachKind()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var table = temporary.Table;
        var e1 = await table.InsertAsync(new TableEntity("p", "update") { ["A"] = 1, ["B"] = 1 });
        var e2 = await table.InsertAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = 1 });
        var e3 = await table.InsertAsync(new TableEntity("p", "delete"));
        await table.InsertAsync(new TableEntity("p", "upsert") { ["A"] = 1, ["B"] = 1 });
        var transaction = new TableTransaction()
            .Insert(new TableEntity("p", "insert") { ["A"] = 9 })
            .Update(new TableEntity("p", "update") { ["A"] = 2 }, e1, TableUpdateMode.Replace)
            .Update(new TableEntity("p", "merge") { ["A"] = 2 }, e2, TableUpdateMode.Merge)
            .Delete("p", "delete", e3)
            .Upsert(new TableEntity("p", "upsert") { ["A"] = 2 }, TableUpdateMode.Merge)
            .Upsert(new TableEntity("p", "fresh") { ["A"] = 2 }, TableUpdateMode.Replace);

        var result = await table.SubmitTransactionAsync(transaction);

        Assert.Null(result.ETags[3]);
        Assert.Equal(5, result.ETags.Count(e => e is not null));
        Assert.Equal(9, (await table.GetEntityAsync("p", "insert"))!.GetInt32("A"));
        Assert.Equal(["A"], (await table.GetEntityAsync("p", "update"))!.Keys);
        Assert.Equal(1, (await table.GetEntityAsync("p", "merge"))!.GetInt32("B"));
        Assert.Null(await table.GetEntityAsync("p", "delete"));
        Assert.Equal(1, (await table.GetEntityAsync("p", "upsert"))!.GetInt32("B"));
        Assert.Equal(result.ETags[5], (await table.GetEntityAsync("p", "fresh"))!.ETag);
    }

    [Fact]
    public async Task SubmitTransactionAsync_OneDuplicateInsert_ReportsWhichActionAndAppliesNothing()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await temporary.Table.InsertAsync(new TableEntity("p", "r2"));
        var transaction = new TableTransaction();
        for (var i = 0; i < 5; i++)
        {
            transaction.Insert(new TableEntity("p", $"r{i}"));
        }

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => temporary.Table.SubmitTransactionAsync(transaction));

        Assert.Equal(2, error.FailedActionIndex);
        Assert.Equal(TableTransactionActionType.Insert, error.FailedActionType);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains("#2", error.Message, StringComparison.Ordinal);
        Assert.Null(await temporary.Table.GetEntityAsync("p", "r0"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETag_ReportsPreconditionFailure()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var stale = await temporary.Table.InsertAsync(new TableEntity("p", "r"));
        await temporary.Table.UpsertAsync(new TableEntity("p", "r") { ["A"] = 1 }, TableUpdateMode.Replace);
        var transaction = new TableTransaction()
            .Insert(new TableEntity("p", "new"))
            .Update(new TableEntity("p", "r") { ["A"] = 2 }, stale, TableUpdateMode.Merge);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => temporary.Table.SubmitTransactionAsync(transaction));

        Assert.Equal(1, error.FailedActionIndex);
        Assert.Equal(System.Net.HttpStatusCode.PreconditionFailed, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Null(await temporary.Table.GetEntityAsync("p", "new"));
    }

    [Fact]
    public void Insert_SecondPartition_Throws()
    {
        var transaction = new TableTransaction().Insert(new TableEntity("a", "1"));

        Assert.Throws<ArgumentException>(() => transaction.Insert(new TableEntity("b", "2")));
    }

    [Fact]
    public void Insert_SameRowTwice_Throws()
    {
        var transaction = new TableTransaction().Insert(new TableEntity("a", "1"));

        Assert.Throws<ArgumentException>(() => transaction.Delete("a", "1", ETag.All));
    }

    [Fact]
    public void Insert_HundredAndFirstAction_Throws()
    {
        var transaction = new TableTransaction();
        for (var i = 0; i < TableTransaction.MaxActions; i++)
        {
            transaction.Insert(new TableEntity("a", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Throws<InvalidOperationException>(() => transaction.Insert(new TableEntity("a", "extra")));
    }
}
