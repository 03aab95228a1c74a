using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Rules;

namespace Probation.Orders.Activities;

/// <summary>
/// A reminder to staff, in the shape of API.md (the store adds <c>state</c>). Created and DueSoon reminders are for
/// the offender manager (or the team while none is allocated); Overdue escalations are for the offender manager and
/// the team's manager. Carries no names, dates of birth or notes.
/// </summary>
/// <param name="ReminderId">Derived from the order, duty, kind and send date: storing it twice stores it once.</param>
/// <param name="Reason">The calculation behind the due date, e.g. "5 working days after 2026-12-23 (skipped …)".</param>
/// <param name="Policy">The National Standards policy the order runs under.</param>
/// <param name="CreatedAt">The orchestration's time when the reminder was made (UTC).</param>
public sealed record Reminder(
    string ReminderId,
    OrderId OrderId,
    Crn Crn,
    StaffId? StaffId,
    TeamId? TeamId,
    string RuleId,
    string DutyId,
    ReminderKind Kind,
    DateOnly DueDate,
    string Reason,
    PolicyReference Policy,
    DateTime CreatedAt);
