using Probation.Functions.Pages.Layout;
using Probation.Functions.Reminders;

namespace Probation.Functions.Pages.Report;

/// <summary>The National Standards page: the period as entered, the API's report for it, or the API's errors.</summary>
public sealed record ReportModel(string From, string To, string TeamId, NationalStandardsReport? Report, IReadOnlyList<PageError> Errors);
