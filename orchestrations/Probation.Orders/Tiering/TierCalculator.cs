using Probation.Orders.Documents;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Tiering;

/// <summary>
/// The default tier from the risk picture (DOMAIN.md table, first match wins) and the staff override.
/// Either an override or a risk change re-tiers the case and triggers an early review (T-EARLY); a
/// risk change derives the tier afresh, so it replaces an earlier override.
/// </summary>
public static class TierCalculator
{
    /// <summary>The default tier for <paramref name="risk"/>, with the rule that decided it.</summary>
    public static Tier Derive(Risk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var rosh = $"RoSH {Describe(risk.RoshLevel)}";
        var likelihood = $"likelihood of reoffending {risk.LikelihoodOfReoffending}";
        var tier4 = new[]
        {
            risk.RoshLevel is RoshLevel.High or RoshLevel.VeryHigh ? rosh : null,
            risk.Ppo ? "prolific or priority offender (PPO)" : null,
            risk.MappaLevel is 2 or 3 ? $"MAPPA level {risk.MappaLevel}" : null,
        }.OfType<string>().ToArray();
        if (tier4.Length > 0)
        {
            return new Tier(4, string.Join(", ", tier4), false);
        }

        return (risk.RoshLevel, risk.LikelihoodOfReoffending) switch
        {
            (RoshLevel.Medium, LikelihoodLevel.Medium or LikelihoodLevel.High) => new Tier(3, $"{rosh} and {likelihood}", false),
            (RoshLevel.Low, LikelihoodLevel.Low) => new Tier(1, $"{rosh} and {likelihood}", false),
            _ => new Tier(2, $"{rosh} and {likelihood} (no rule for tiers 4, 3 or 1 matched)", false),
        };
    }

    /// <summary>
    /// Staff set the tier to <paramref name="value"/>, recording who and why; the reason is required
    /// because an unexplained override cannot be reviewed.
    /// </summary>
    public static Tier Override(Tier current, int value, StaffId by, string reason)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Tier.Lowest);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Tier.Highest);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(by.Value, nameof(by));
        return new Tier(value, $"overridden from tier {current.Value} by {by.Value}: {reason.Trim()}", true);
    }

    private static string Describe(RoshLevel level) => level == RoshLevel.VeryHigh ? "Very High" : level.ToString();
}
