using System.Text.Json.Serialization;
using Probation.Orders.Events;

namespace Probation.Orders.Enforcement;

/// <summary>
/// One order's enforcement history (DOMAIN.md, Enforcement), as immutable state that an
/// orchestration carries: each step returns the new record and the effects to act on. Pure: dates
/// come in with the events, the policy and calendar are passed.
/// </summary>
public sealed partial record EnforcementRecord(
    IReadOnlyList<Warning> Warnings,
    IReadOnlyList<BreachCase> Breaches,
    IReadOnlyList<RecallConsideration> RecallConsiderations)
{
    /// <summary>A record with nothing in it yet.</summary>
    public static EnforcementRecord Empty { get; } = new([], [], []);

    /// <summary>The breach awaiting a decision or a court outcome, if any.</summary>
    [JsonIgnore]
    public BreachCase? OpenBreach => Breaches.LastOrDefault(b => b.IsOpen);

    /// <summary>Whether <paramref name="outcome"/> is a failure to comply (DOMAIN.md, Enforcement 1).</summary>
    public static bool IsFailureToComply(AppointmentOutcome outcome) =>
        outcome is AppointmentOutcome.MissedUnexplained or AppointmentOutcome.AttendedFailedToComply;

    /// <summary>The warning standing on <paramref name="date"/>, if any.</summary>
    public Warning? StandingWarningOn(DateOnly date) => Warnings.LastOrDefault(w => w.StandsOn(date));

    /// <summary>
    /// Expires every standing warning whose 12 months have run out by <paramref name="asOf"/>
    /// (a warning issued 2027-02-01 stands through 2028-01-31 and expires on 2028-02-01).
    /// </summary>
    public EnforcementResult ExpireWarnings(DateOnly asOf)
    {
        var expired = Warnings
            .Where(w => w.State == WarningState.Standing && w.ExpiresOn <= asOf)
            .Select(w => w.Apply(WarningTrigger.WindowEnded))
            .ToList();
        var record = expired.Aggregate(this, (current, warning) => current.With(warning));
        return new EnforcementResult(record, [.. expired.Select(w => new EnforcementEffect(EnforcementAction.WarningExpired, w))]);
    }

    private EnforcementRecord With(Warning warning) =>
        this with { Warnings = [.. Warnings.Select(w => w.WarningId == warning.WarningId ? warning : w)] };

    private EnforcementRecord With(BreachCase breach) =>
        this with { Breaches = [.. Breaches.Select(b => b.BreachId == breach.BreachId ? breach : b)] };
}
