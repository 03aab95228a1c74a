namespace Probation.Orders.Calendar;

/// <summary>One event of gov.uk's <c>bank-holidays.json</c>, in that file's shape.</summary>
/// <param name="Notes">"Substitute day" when the holiday moved off a weekend, otherwise empty.</param>
/// <param name="Bunting">gov.uk's display flag (false for Good Friday and the 2022 state funeral).</param>
public sealed record BankHoliday(string Title, DateOnly Date, string Notes, bool Bunting);
