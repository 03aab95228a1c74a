using Probation.Orders.Lifecycle;

namespace Probation.Orders.Activities;

/// <summary>A duty that closed (met, met late, missed or cancelled) on <see cref="On"/>: its reminders are resolved.</summary>
public sealed record ClosedDuty(string DutyId, string RuleId, DutyState State, DateOnly On);
