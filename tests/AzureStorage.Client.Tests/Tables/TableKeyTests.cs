using AzureStorage.Client.Support;

namespace AzureStorage.Client.Tables;

public sealed class TableKeyTests
{
    public static TheoryData<string> SpecialKeys =>
    [
        "with space",
        "O'Brien",
        "''",
        "'",
        "100%",
        "%20",
        "a+b",
        "ünïcødé 😀 日本",
        "(paren),comma=eq&amp;semi;colon:at@",
        "~!$*[]{}|^`\"<>",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(SpecialKeys))]
    public async Task EntityOperations_SpecialCharactersInKeys_RoundTrip(string key)
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var table = temporary.Table;

        var etag = await table.InsertAsync(new TableEntity(key, key) { ["V"] = 1 });
        var etag2 = await table.UpdateAsync(new TableEntity(key, key) { ["V"] = 2 }, etag, TableUpdateMode.Merge);
        var read = await table.GetEntityAsync(key, key);
        var queried = await table.QueryAllAsync(new TableQuery(TableFilter.PartitionKeyEquals(key))).ToListAsync();
        await table.DeleteEntityAsync(key, key, etag2);

        Assert.Equal((key, key, 2), (read!.PartitionKey, read.RowKey, read.GetInt32("V")));
        Assert.Equal(key, Assert.Single(queried).RowKey);
        Assert.Null(await table.GetEntityAsync(key, key));
    }

    [Fact]
    public void EntityPath_QuotesAndPercent_DoublesQuotesThenEscapes()
    {
        var path = TableKey.EntityPath("t", "O'Brien", "50% +x");

        Assert.Equal("t(PartitionKey='O%27%27Brien',RowKey='50%25%20%2Bx')", path);
    }

    [Fact]
    public void Validate_TooLong_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableKey.Validate(new string('k', 513), "rowKey"));
    }
}
