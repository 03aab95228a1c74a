using Probation.Orders.Lifecycle;
using Probation.Orders.Views;

namespace Probation.Functions.Reminders;

/// <summary>
/// Compliance with each National Standard over a period, per team or overall (DOMAIN.md: "compliance figures per
/// National Standard measure ... per team and period"), from the orders' published views.
/// </summary>
public sealed record NationalStandardsReport(DateOnly From, DateOnly To, string? TeamId, IReadOnlyList<NationalStandardsRuleResult> Rules)
{
    /// <summary>Counts the duties of <paramref name="views"/> that fell due in the period, per rule id in ordinal order.</summary>
    /// <remarks>
    /// An order counts for the team that holds it now (its allocation); an unallocated order counts only overall. A duty
    /// still open on its due date or later, <paramref name="today"/> included, has not fallen due yet and is left out;
    /// one already met, early or not, counts.
    /// </remarks>
    internal static async Task<NationalStandardsReport> ComputeAsync(
        IAsyncEnumerable<OrderView> views, NationalStandardsPeriod period, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        await foreach (var view in views.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (period.TeamId is { } teamId && view.Allocation?.TeamId.Value != teamId)
            {
                continue;
            }

            foreach (var duty in view.Duties.Where(d => d.DueDate >= period.From && d.DueDate <= period.To && HasFallenDue(d, today)))
            {
                if (!counts.TryGetValue(duty.RuleId, out var byState))
                {
                    counts[duty.RuleId] = byState = new int[(int)DutyState.Cancelled + 1];
                }

                byState[(int)duty.State]++;
            }
        }

        return new NationalStandardsReport(period.From, period.To, period.TeamId, [.. counts.Select(c => Result(c.Key, c.Value))]);
    }

    private static bool HasFallenDue(Duty duty, DateOnly today) => duty.State switch
    {
        DutyState.Cancelled => false,
        DutyState.Open => duty.DueDate < today,
        _ => true,
    };

    private static NationalStandardsRuleResult Result(string ruleId, int[] byState)
    {
        int Count(DutyState state) => byState[(int)state];
        var due = Count(DutyState.Open) + Count(DutyState.Met) + Count(DutyState.MetLate) + Count(DutyState.Missed);
        var percent = Math.Round(100.0 * Count(DutyState.Met) / due, 1, MidpointRounding.AwayFromZero);
        return new NationalStandardsRuleResult(ruleId, due, Count(DutyState.Met), Count(DutyState.MetLate), Count(DutyState.Missed), Count(DutyState.Open), percent);
    }
}
