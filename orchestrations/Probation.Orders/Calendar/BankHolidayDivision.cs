namespace Probation.Orders.Calendar;

/// <summary>One division of gov.uk's <c>bank-holidays.json</c>, e.g. <c>england-and-wales</c>.</summary>
public sealed record BankHolidayDivision(string Division, IReadOnlyList<BankHoliday> Events);
