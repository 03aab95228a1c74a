namespace Probation.Functions.Pages.Layout;

/// <summary>Which part of the service a page belongs to, so the navigation marks it.</summary>
public enum PageSection
{
    None,
    Caseload,
    Reminders,
    Team,
    Report,
}
