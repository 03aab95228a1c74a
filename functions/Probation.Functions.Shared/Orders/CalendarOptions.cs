namespace Probation.Functions.Orders;

/// <summary>The <c>Calendar</c> settings.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>A newer copy of gov.uk's bank-holidays.json; the copy shipped with the service when empty.</summary>
    public string? BankHolidaysPath { get; set; }
}
