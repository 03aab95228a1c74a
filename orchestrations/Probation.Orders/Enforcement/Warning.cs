using Probation.Orders.Identifiers;

namespace Probation.Orders.Enforcement;

/// <summary>
/// A warning for a failure to comply (Sentencing Act 2020 Sch 10 para 6), dated the day the failure
/// was recorded. It stands from <see cref="IssuedOn"/> until the day before <see cref="ExpiresOn"/>.
/// </summary>
/// <param name="ExplainBy">The last day an acceptable explanation withdraws it (T-EXPLAIN).</param>
/// <param name="ExplainByReason">The calculation behind <see cref="ExplainBy"/>.</param>
public sealed record Warning(
    string WarningId,
    AppointmentId AppointmentId,
    DateOnly IssuedOn,
    DateOnly ExplainBy,
    string ExplainByReason,
    DateOnly ExpiresOn,
    WarningState State)
{
    /// <summary>Whether the warning stands on <paramref name="date"/>.</summary>
    public bool StandsOn(DateOnly date) => State == WarningState.Standing && date >= IssuedOn && date < ExpiresOn;

    internal Warning Apply(WarningTrigger trigger) => this with { State = WarningTransitions.Table.Next(State, trigger) };
}
