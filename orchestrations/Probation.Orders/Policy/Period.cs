using Probation.Orders.Calendar;

namespace Probation.Orders.Policy;

/// <summary>
/// An amount of time in a unit, e.g. 5 working days or 16 weeks: the figure of a National Standard.
/// Its text form ("5 working days", "10 days", "16 weeks", "12 months") is what configuration uses.
/// </summary>
public sealed partial record Period(int Amount, PeriodUnit Unit)
{
    /// <summary>The date <see cref="Amount"/> units after <paramref name="date"/>, with the calculation.</summary>
    public CalculatedDate After(DateOnly date, WorkingDayCalendar calendar) => Shift(date, Amount, "after", calendar);

    /// <summary>The date <see cref="Amount"/> units before <paramref name="date"/>, with the calculation.</summary>
    public CalculatedDate Before(DateOnly date, WorkingDayCalendar calendar) => Shift(date, -Amount, "before", calendar);

    /// <inheritdoc />
    public override string ToString()
    {
        var unit = Unit switch
        {
            PeriodUnit.WorkingDays => "working day",
            PeriodUnit.CalendarDays => "day",
            PeriodUnit.Weeks => "week",
            PeriodUnit.Months => "month",
            _ => Unit.ToString(),
        };
        return $"{Amount} {unit}{(Amount == 1 ? string.Empty : "s")}";
    }

    private CalculatedDate Shift(DateOnly date, int amount, string direction, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (amount == 0)
        {
            return new CalculatedDate(date, $"on {WorkingDayCalendar.Iso(date)}");
        }

        if (Unit == PeriodUnit.WorkingDays)
        {
            return calendar.AddWorkingDaysExplained(date, amount);
        }

        var result = Unit switch
        {
            PeriodUnit.CalendarDays => date.AddDays(amount),
            PeriodUnit.Weeks => date.AddDays(7 * amount),
            PeriodUnit.Months => date.AddMonths(amount),
            _ => throw new InvalidOperationException($"{Unit} is not a period unit."),
        };
        return new CalculatedDate(result, $"{this} {direction} {WorkingDayCalendar.Iso(date)}");
    }
}
