using Probation.Orders.Calendar;

namespace Probation.Orders.Support;

/// <summary>Fresh calendars for each test, so no test sees another's computed years or log lines.</summary>
internal static class Calendars
{
    public static WorkingDayCalendar Embedded(ListLogger<WorkingDayCalendar>? logger = null) =>
        WorkingDayCalendar.FromEmbeddedData(logger);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
