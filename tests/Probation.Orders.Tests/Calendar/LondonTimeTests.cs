namespace Probation.Orders.Calendar;

public sealed class LondonTimeTests
{
    [Theory]
    [InlineData("2027-03-28T00:59:59Z", "2027-03-28", false)]
    [InlineData("2027-03-28T01:00:00Z", "2027-03-28", true)]
    [InlineData("2027-06-30T23:30:00Z", "2027-07-01", true)]
    [InlineData("2027-10-31T00:59:59Z", "2027-10-31", true)]
    [InlineData("2027-10-31T01:00:00Z", "2027-10-31", false)]
    [InlineData("2027-12-31T23:30:00Z", "2027-12-31", false)]
    public void DateOf_InstantAroundTheSummerTimeChanges_LondonDate(string instant, string date, bool summer)
    {
        // Arrange
        var utc = DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        // Act
        var london = LondonTime.DateOf(utc);

        // Assert
        Assert.Equal((Support.Calendars.Date(date), summer), (london, LondonTime.IsSummerTime(utc)));
    }

    [Fact]
    public void WakeUpOn_AnyDate_SixInTheMorningUtcOnThatLondonDate()
    {
        // Arrange
        var date = new DateOnly(2027, 7, 1);

        // Act
        var wakeUp = LondonTime.WakeUpOn(date);

        // Assert
        Assert.Equal(new DateTime(2027, 7, 1, 6, 0, 0, DateTimeKind.Utc), wakeUp);
        Assert.Equal(date, LondonTime.DateOf(wakeUp));
    }
}
