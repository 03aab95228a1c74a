namespace Probation.Functions.Orders;

/// <summary>The kinds of <see cref="IntakeOutcome"/>.</summary>
internal enum IntakeOutcomeKind
{
    Accepted,
    Invalid,
    Conflicting,
}
