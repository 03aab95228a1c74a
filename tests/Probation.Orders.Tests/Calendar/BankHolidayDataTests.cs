using System.Text;
using System.Text.Json.Nodes;
using Probation.Orders.Support;

namespace Probation.Orders.Calendar;

public sealed class BankHolidayDataTests
{
    [Fact]
    public void LoadEmbedded_Snapshot_CoversEveryPublishedYear2018To2027()
    {
        var holidays = BankHolidayData.LoadEmbedded();

        Assert.Equal(Enumerable.Range(2018, 10), holidays.Select(h => h.Date.Year).Distinct());
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
    }

    [Theory]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void LoadEmbedded_OneOffDays_Included(string date, string title)
    {
        var holidays = BankHolidayData.LoadEmbedded();

        Assert.Contains(holidays, h => h.Date == Calendars.Date(date) && h.Title == title);
    }

    [Theory]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    public void LoadEmbedded_DaysMovedByProclamation_NotIncluded(string date)
    {
        var holidays = BankHolidayData.LoadEmbedded();

        Assert.DoesNotContain(holidays, h => h.Date == Calendars.Date(date));
    }

    [Theory]
    [InlineData("2020-12-28", "Boxing Day")]
    [InlineData("2021-12-27", "Christmas Day")]
    [InlineData("2021-12-28", "Boxing Day")]
    [InlineData("2022-01-03", "New Year’s Day")]
    [InlineData("2022-12-27", "Christmas Day")]
    [InlineData("2023-01-02", "New Year’s Day")]
    [InlineData("2026-12-28", "Boxing Day")]
    [InlineData("2027-12-27", "Christmas Day")]
    [InlineData("2027-12-28", "Boxing Day")]
    public void LoadEmbedded_SubstituteDays_MarkedAsSuch(string date, string title)
    {
        var holidays = BankHolidayData.LoadEmbedded();

        var holiday = Assert.Single(holidays, h => h.Date == Calendars.Date(date));
        Assert.Equal(title, holiday.Title);
        Assert.Equal("Substitute day", holiday.Notes);
    }

    [Fact]
    public void LoadEmbedded_ResourceFile_KeepsGovUkShape()
    {
        using var stream = typeof(BankHolidayData).Assembly.GetManifestResourceStream("Probation.Orders.Calendar.bank-holidays.json")!;

        var division = JsonNode.Parse(stream)!["england-and-wales"]!;

        Assert.Equal("england-and-wales", division["division"]!.GetValue<string>());
        var first = division["events"]!.AsArray()[0]!.AsObject();
        Assert.Equal(["title", "date", "notes", "bunting"], first.Select(p => p.Key));
    }

    [Fact]
    public void Load_OtherDivisionsOnly_Throws()
    {
        using var stream = Utf8("""{ "scotland": { "division": "scotland", "events": [] } }""");

        Assert.Throws<BankHolidayDataException>(() => BankHolidayData.Load(stream));
    }

    [Fact]
    public void Load_NotJson_Throws()
    {
        using var stream = Utf8("bank holidays");

        Assert.Throws<BankHolidayDataException>(() => BankHolidayData.Load(stream));
    }

    [Fact]
    public void Load_SameDateTwice_Throws()
    {
        using var stream = Utf8("""
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "A", "date": "2030-01-01", "notes": "", "bunting": true },
              { "title": "B", "date": "2030-01-01", "notes": "", "bunting": true } ] } }
            """);

        Assert.Throws<BankHolidayDataException>(() => BankHolidayData.Load(stream));
    }

    [Fact]
    public void LoadFile_ConfiguredPath_ReadsThatFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bank-holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "New Year’s Day", "date": "2030-01-01", "notes": "", "bunting": true } ] } }
            """);
        try
        {
            var holidays = BankHolidayData.LoadFile(path);

            var holiday = Assert.Single(holidays);
            Assert.Equal(new BankHoliday("New Year’s Day", new DateOnly(2030, 1, 1), string.Empty, true), holiday);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
