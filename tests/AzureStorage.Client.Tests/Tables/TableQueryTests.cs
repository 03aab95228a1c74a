using AzureStorage.Client.Support;

namespace AzureStorage.Client.Tables;

public sealed class TableQueryTests
{
    [Fact]
    public async Task QueryAsync_MoreThanOnePageOfEntities_ContinuesAcrossPages()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await InsertAsync(temporary.Table, partitions: 3, perPartition: 350);

        var first = await temporary.Table.QueryAsync(new TableQuery());
        var second = await temporary.Table.QueryAsync(new TableQuery(), first.ContinuationToken);
        var all = await temporary.Table.QueryAllAsync(new TableQuery()).ToListAsync();

        Assert.Equal(1000, first.Entities.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(50, second.Entities.Count);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(1050, all.Select(e => (e.PartitionKey, e.RowKey)).Distinct().Count());
    }

    [Fact]
    public async Task QueryAsync_TopFilterAndSelect_PagesThroughMatchesOnly()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        await InsertAsync(temporary.Table, partitions: 2, perPartition: 25);
        var query = new TableQuery($"PartitionKey eq {TableFilter.Literal("p1")} and N ge {TableFilter.Literal(5)}", ["N"], Top: 7);

        var pages = new List<TablePage>();
        string? token = null;
        do
        {
            var page = await temporary.Table.QueryAsync(query, token);
            pages.Add(page);
            token = page.ContinuationToken;
        }
        while (token is not null);

        var entities = pages.SelectMany(p => p.Entities).ToList();
        Assert.Equal(20, entities.Count);
        Assert.All(pages, p => Assert.True(p.Entities.Count <= 7));
        Assert.All(entities, e => Assert.Equal(["N"], e.Keys));
        Assert.Equal(Enumerable.Range(5, 20), entities.Select(e => e.GetInt32("N")!.Value).Order());
    }

    [Fact]
    public async Task QueryAsync_TypedFilterLiterals_MatchStoredValues()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var guid = Guid.NewGuid();
        var time = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await temporary.Table.InsertAsync(new TableEntity("p", "match") { ["L"] = 5_000_000_000L, ["G"] = guid, ["T"] = time, ["B"] = true, ["D"] = 2.0 });
        await temporary.Table.InsertAsync(new TableEntity("p", "other") { ["L"] = 1L, ["G"] = Guid.NewGuid(), ["T"] = time.AddDays(-1), ["B"] = false, ["D"] = 3.0 });
        var filter = $"L eq {TableFilter.Literal(5_000_000_000L)} and G eq {TableFilter.Literal(guid)} and T ge {TableFilter.Literal(time)}" +
            $" and B eq {TableFilter.Literal(true)} and D eq {TableFilter.Literal(2.0)}";

        var page = await temporary.Table.QueryAsync(new TableQuery(filter));

        Assert.Equal("match", Assert.Single(page.Entities).RowKey);
    }

    [Fact]
    public async Task QueryAsync_ForeignToken_ThrowsArgumentException()
    {
        using var client = TestStorage.CreateClient();
        var table = client.GetTable(TestStorage.TableName());

        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryAsync(new TableQuery(), "not a token"));
    }

    private static async Task InsertAsync(TableClient table, int partitions, int perPartition)
    {
        for (var p = 0; p < partitions; p++)
        {
            foreach (var chunk in Enumerable.Range(0, perPartition).Chunk(TableTransaction.MaxActions))
            {
                var transaction = new TableTransaction();
                foreach (var n in chunk)
                {
                    transaction.Insert(new TableEntity($"p{p}", $"r{n:D4}") { ["N"] = n });
                }

                await table.SubmitTransactionAsync(transaction);
            }
        }
    }
}
