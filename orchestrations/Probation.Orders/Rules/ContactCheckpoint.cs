namespace Probation.Orders.Rules;

/// <summary>
/// One T-CONTACT check: at least <see cref="RequiredAppointments"/> kept appointments from
/// <see cref="PeriodStart"/> up to (not including) the due date.
/// </summary>
public sealed record ContactCheckpoint(DutyDue Due, DateOnly PeriodStart, int RequiredAppointments);
