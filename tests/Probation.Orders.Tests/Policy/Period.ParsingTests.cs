namespace Probation.Orders.Policy;

public sealed class PeriodParsingTests
{
    [Theory]
    [InlineData("5 working days", 5, PeriodUnit.WorkingDays)]
    [InlineData("1 working day", 1, PeriodUnit.WorkingDays)]
    [InlineData("10 days", 10, PeriodUnit.CalendarDays)]
    [InlineData("10 calendar days", 10, PeriodUnit.CalendarDays)]
    [InlineData(" 16 Weeks ", 16, PeriodUnit.Weeks)]
    [InlineData("12 months", 12, PeriodUnit.Months)]
    [InlineData("0 days", 0, PeriodUnit.CalendarDays)]
    public void TryParse_TextForm_ReadsAmountAndUnit(string text, int amount, PeriodUnit unit)
    {
        var parsed = Period.TryParse(text, out var period);

        Assert.True(parsed);
        Assert.Equal(new Period(amount, unit), period);
    }

    [Theory]
    [InlineData("five days")]
    [InlineData("-1 days")]
    [InlineData("5")]
    [InlineData("5 fortnights")]
    [InlineData("P16W")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_OtherText_False(string? text)
    {
        var parsed = Period.TryParse(text, out var period);

        Assert.False(parsed);
        Assert.Null(period);
    }

    [Fact]
    public void Parse_OtherText_ThrowsFormatException()
    {
        var text = "sixteen weeks";

        Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Fact]
    public void Parse_ToStringOutput_RoundTrips()
    {
        var period = new Period(3, PeriodUnit.WorkingDays);

        var parsed = Period.Parse(period.ToString());

        Assert.Equal(period, parsed);
    }
}
