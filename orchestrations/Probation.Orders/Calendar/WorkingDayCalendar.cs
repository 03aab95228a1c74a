using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Probation.Orders.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays. Published gov.uk data
/// is used for the years it covers; any other year is computed once, with a warning, because the
/// computed dates cannot know one-off holidays. Dates are local Europe/London dates. Thread-safe.
/// </summary>
public sealed partial class WorkingDayCalendar
{
    private readonly FrozenDictionary<int, FrozenDictionary<DateOnly, BankHoliday>> _published;
    private readonly ConcurrentDictionary<int, Lazy<FrozenDictionary<DateOnly, BankHoliday>>> _computed = new();
    private readonly ILogger _logger;

    /// <summary>
    /// Creates a calendar over <paramref name="publishedHolidays"/>; a year with any event counts as published.
    /// </summary>
    public WorkingDayCalendar(IEnumerable<BankHoliday> publishedHolidays, ILogger<WorkingDayCalendar>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(publishedHolidays);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _published = publishedHolidays
            .GroupBy(h => h.Date.Year)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(h => h.Date));
        if (_published.Count > 0)
        {
            Log.BankHolidaysLoaded(_logger, _published.Values.Sum(y => y.Count), _published.Keys.Min(), _published.Keys.Max());
        }
    }

    /// <summary>A calendar over the gov.uk snapshot shipped in this assembly.</summary>
    public static WorkingDayCalendar FromEmbeddedData(ILogger<WorkingDayCalendar>? logger = null) =>
        new(BankHolidayData.LoadEmbedded(), logger);

    /// <summary>A calendar over the gov.uk file at <paramref name="path"/> (a configured, newer copy).</summary>
    public static WorkingDayCalendar FromFile(string path, ILogger<WorkingDayCalendar>? logger = null) =>
        new(BankHolidayData.LoadFile(path), logger);

    /// <summary>The years the published data covers.</summary>
    public IReadOnlyCollection<int> PublishedYears => _published.Keys;

    /// <summary>The bank holidays of <paramref name="year"/>, published or computed, in date order.</summary>
    public IReadOnlyList<BankHoliday> BankHolidaysIn(int year) => [.. HolidaysOf(year).Values.OrderBy(h => h.Date)];

    /// <summary>The bank holiday on <paramref name="date"/>, if there is one.</summary>
    public BankHoliday? BankHolidayOn(DateOnly date) => HolidaysOf(date.Year).GetValueOrDefault(date);

    /// <summary>Whether <paramref name="date"/> is a bank holiday.</summary>
    public bool IsBankHoliday(DateOnly date) => HolidaysOf(date.Year).ContainsKey(date);

    /// <summary>Whether <paramref name="date"/> is a Monday-Friday that is not a bank holiday.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    private FrozenDictionary<DateOnly, BankHoliday> HolidaysOf(int year) =>
        _published.TryGetValue(year, out var published)
            ? published
            : _computed.GetOrAdd(year, y => new Lazy<FrozenDictionary<DateOnly, BankHoliday>>(() => Compute(y))).Value;

    private FrozenDictionary<DateOnly, BankHoliday> Compute(int year)
    {
        Log.ComputedBankHolidaysUsed(_logger, year);
        return ComputedBankHolidays.For(year).ToFrozenDictionary(h => h.Date);
    }
}
