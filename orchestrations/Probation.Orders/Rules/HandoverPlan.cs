namespace Probation.Orders.Rules;

/// <summary>
/// When responsibility moves from the prison OM to the community OM, and why. <see cref="Due"/> is
/// the T-HANDOVER duty; both are null when the community OM is responsible from the start.
/// </summary>
/// <param name="ReleaseDate">The date the calculation counts back from: the parole eligibility date if any, else the expected release date.</param>
public sealed record HandoverPlan(HandoverKind Kind, DateOnly ReleaseDate, DateOnly? HandoverDate, string Reason, DutyDue? Due);
