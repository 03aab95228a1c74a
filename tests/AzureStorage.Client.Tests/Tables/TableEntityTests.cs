using AzureStorage.Client.Support;

namespace AzureStorage.Client.Tables;

public sealed class TableEntityTests
{
    private static readonly DateTimeOffset Moment = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public async Task InsertAsync_EveryPropertyType_RoundTripsExactly()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        var guid = Guid.Parse("0b8e2c2a-64a3-4f6f-9d53-1b6f3c7c2a11");
        var time = Moment.AddTicks(1234567);
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "hello ünïcødé 😀",
            ["Empty"] = string.Empty,
            ["Int32"] = int.MinValue,
            ["Int64"] = long.MaxValue,
            ["Double"] = 0.1,
            ["WholeDouble"] = 2.0,
            ["NaN"] = double.NaN,
            ["Infinity"] = double.NegativeInfinity,
            ["True"] = true,
            ["False"] = false,
            ["Time"] = time,
            ["Guid"] = guid,
            ["Binary"] = new byte[] { 0, 1, 2, 255 },
        };

        await temporary.Table.InsertAsync(entity);
        var read = (await temporary.Table.GetEntityAsync("p", "r"))!;

        Assert.Equal("hello ünïcødé 😀", read.GetString("Text"));
        Assert.Equal(string.Empty, read.GetString("Empty"));
        Assert.Equal(int.MinValue, read.GetInt32("Int32"));
        Assert.Equal(long.MaxValue, read.GetInt64("Int64"));
        Assert.Equal(0.1, read.GetDouble("Double"));
        Assert.Equal(2.0, read.GetDouble("WholeDouble"));
        Assert.True(double.IsNaN(read.GetDouble("NaN")!.Value));
        Assert.Equal(double.NegativeInfinity, read.GetDouble("Infinity"));
        Assert.True(read.GetBoolean("True"));
        Assert.False(read.GetBoolean("False"));
        Assert.Equal(time, read.GetDateTimeOffset("Time"));
        Assert.Equal(guid, read.GetGuid("Guid"));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, read.GetBinary("Binary"));
        Assert.Equal(entity.Count, read.Count);
    }

    [Fact]
    public void Indexer_DateTime_StoredAsUtcDateTimeOffset()
    {
        var local = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

        var entity = new TableEntity("p", "r")
        {
            ["Unspecified"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
            ["Offset"] = local,
        };

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), entity.GetDateTimeOffset("Unspecified"));
        Assert.Equal(TimeSpan.Zero, entity.GetDateTimeOffset("Offset")!.Value.Offset);
        Assert.Equal(local, entity.GetDateTimeOffset("Offset"));
    }

    [Fact]
    public void Indexer_UnsupportedType_ThrowsNamingTheProperty()
    {
        var entity = new TableEntity("p", "r");

        var error = Assert.Throws<ArgumentException>(() => entity["Price"] = 1.5m);

        Assert.Contains("Price", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("RowKey")]
    [InlineData("Timestamp")]
    [InlineData("odata.etag")]
    [InlineData("A@odata.type")]
    public void Indexer_ReservedName_Throws(string name)
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity[name] = "x");
    }

    [Theory]
    [InlineData("a/b", "U+002F")]
    [InlineData("a\\b", "U+005C")]
    [InlineData("a#b", "U+0023")]
    [InlineData("a?b", "U+003F")]
    [InlineData("a\tb", "U+0009")]
    [InlineData("a\u007Fb", "U+007F")]
    public void Constructor_ForbiddenKeyCharacter_ThrowsClearError(string key, string character)
    {
        var error = Assert.Throws<ArgumentException>(() => new TableEntity("p", key));

        Assert.Contains(character, error.Message, StringComparison.Ordinal);
        Assert.Equal("rowKey", error.ParamName);
    }

    [Fact]
    public void ToString_WithProperties_ShowsNoValues()
    {
        var entity = new TableEntity("p", "r") { ["Name"] = "Jane Doe" };

        Assert.DoesNotContain("Jane", entity.ToString(), StringComparison.Ordinal);
    }
}
