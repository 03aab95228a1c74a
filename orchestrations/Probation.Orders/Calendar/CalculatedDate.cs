namespace Probation.Orders.Calendar;

/// <summary>
/// A date together with the calculation behind it, in the words staff see, e.g.
/// "5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)".
/// </summary>
public sealed record CalculatedDate(DateOnly Date, string Reason);
