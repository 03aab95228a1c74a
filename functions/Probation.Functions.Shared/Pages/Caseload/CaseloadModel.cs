namespace Probation.Functions.Pages.Caseload;

/// <summary>An offender manager's caseload as of <paramref name="Today"/>, soonest due first; overdue orders only when filtered.</summary>
public sealed record CaseloadModel(string StaffId, DateOnly Today, bool OverdueOnly, IReadOnlyList<CaseloadRow> Rows)
{
    /// <summary>The team of the caseload's orders, for the navigation (the first one's, as an officer has one team).</summary>
    public string? TeamId => Rows.Select(r => r.Order.Allocation?.TeamId.Value).FirstOrDefault(t => t is not null);
}
