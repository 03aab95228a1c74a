using Probation.Orders.Support;

namespace Probation.Orders.Calendar;

public sealed class EasterTests
{
    [Theory]
    [InlineData(2018, "2018-04-01")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(1818, "1818-03-22")]
    [InlineData(2285, "2285-03-22")]
    public void Sunday_Year_IsTheGregorianEaster(int year, string expected)
    {
        var sunday = Easter.Sunday(year);

        Assert.Equal(Calendars.Date(expected), sunday);
    }

    [Fact]
    public void Sunday_BeforeGregorianCalendar_Throws()
    {
        var year = 1582;

        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(year));
    }
}
