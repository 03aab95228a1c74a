using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// The National Standards report of API.md from the final order views: per rule, the duties that fell due before the
/// end of the run (cancelled ones never fell due), met on time, met late, and missed (closed unmet or still open).
/// </summary>
internal static class ComplianceTable
{
    public static IReadOnlyList<ComplianceRow> From(IEnumerable<OrderView> views, DateOnly end)
    {
        var duties = views.SelectMany(v => v.Duties).Where(d => d.DueDate < end && d.State != DutyState.Cancelled).ToList();
        return [.. RuleIds.All.Select(ruleId =>
        {
            var rule = duties.Where(d => d.RuleId == ruleId).ToList();
            return new ComplianceRow(
                ruleId,
                rule.Count,
                rule.Count(d => d.State == DutyState.Met),
                rule.Count(d => d.State == DutyState.MetLate),
                rule.Count(d => d.State is DutyState.Missed or DutyState.Open));
        })];
    }
}
