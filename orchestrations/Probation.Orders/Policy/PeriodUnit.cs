namespace Probation.Orders.Policy;

/// <summary>How a <see cref="Period"/> counts.</summary>
public enum PeriodUnit
{
    /// <summary>Monday-Friday excluding England and Wales bank holidays.</summary>
    WorkingDays = 1,

    /// <summary>Every day counts.</summary>
    CalendarDays = 2,

    /// <summary>Seven calendar days each.</summary>
    Weeks = 3,

    /// <summary>Calendar months; the 31st becomes the month's last day when the month is shorter.</summary>
    Months = 4,
}
