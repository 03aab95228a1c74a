using Probation.Orders.Identifiers;
using Probation.Orders.Policy;

namespace Probation.Orders.Activities;

/// <summary>
/// A warning letter to send, put on <c>staff-notifications</c> for the case's team with <c>kind</c>
/// <see cref="WarningLetterKind"/>. Sending it the day the failure is recorded meets T-EXPLAIN-ACT.
/// </summary>
/// <param name="ExplainBy">The last day an acceptable explanation withdraws the warning.</param>
/// <param name="ExplainByReason">The calculation behind <paramref name="ExplainBy"/>.</param>
public sealed record WarningLetter(
    string WarningId,
    OrderId OrderId,
    Crn Crn,
    StaffId? StaffId,
    TeamId? TeamId,
    AppointmentId AppointmentId,
    DateOnly IssuedOn,
    DateOnly ExplainBy,
    string ExplainByReason,
    PolicyReference Policy)
{
    /// <summary>The notification kind of a warning letter.</summary>
    public const string WarningLetterKind = "WarningLetter";

    /// <summary>Always <see cref="WarningLetterKind"/>, so the queued JSON says what it is.</summary>
    public string Kind => WarningLetterKind;
}
