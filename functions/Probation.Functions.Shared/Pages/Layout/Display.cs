using System.Globalization;
using Probation.Orders.Lifecycle;

namespace Probation.Functions.Pages.Layout;

/// <summary>How the pages write dates and states, in the GOV.UK style ("4 January 2027"; a coloured tag per state).</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : string.Empty;

    public static string Instant(DateTime utc) => utc.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The GOV.UK tag colour of a duty state: open in blue, met in green, late in yellow, missed in red.</summary>
    public static string TagClass(DutyState state) => state switch
    {
        DutyState.Open => "govuk-tag govuk-tag--blue",
        DutyState.Met => "govuk-tag govuk-tag--green",
        DutyState.MetLate => "govuk-tag govuk-tag--yellow",
        DutyState.Missed => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>Words for a duty state ("Met late" rather than "MetLate").</summary>
    public static string Words(DutyState state) => state == DutyState.MetLate ? "Met late" : state.ToString();
}
