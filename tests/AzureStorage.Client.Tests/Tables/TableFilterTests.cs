namespace AzureStorage.Client.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void Literal_String_QuotesAndDoublesInnerQuotes()
    {
        Assert.Equal("'O''Brien'", TableFilter.Literal("O'Brien"));
        Assert.Equal("PartitionKey eq ''''", TableFilter.PartitionKeyEquals("'"));
    }

    [Fact]
    public void Literal_Numbers_CarryTheirEdmType()
    {
        Assert.Equal("5000000000L", TableFilter.Literal(5_000_000_000L));
        Assert.Equal("-3", TableFilter.Literal(-3));
        Assert.Equal("2.0", TableFilter.Literal(2.0));
        Assert.Equal("0.1", TableFilter.Literal(0.1));
        Assert.Equal("1E+300", TableFilter.Literal(1e300));
    }

    [Fact]
    public void Literal_GuidTimeAndBoolean_UseODataForms()
    {
        Assert.Equal("guid'0b8e2c2a-64a3-4f6f-9d53-1b6f3c7c2a11'", TableFilter.Literal(Guid.Parse("0b8e2c2a-64a3-4f6f-9d53-1b6f3c7c2a11")));
        Assert.Equal("datetime'2030-01-01T01:00:00.0000000Z'", TableFilter.Literal(new DateTimeOffset(2030, 1, 1, 2, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("false", TableFilter.Literal(false));
    }
}
