using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Policy;

/// <summary>Reading the text form used in configuration.</summary>
public sealed partial record Period
{
    /// <summary>The forms accepted, quoted in configuration errors.</summary>
    public const string TextForms = "an amount and unit, e.g. \"5 working days\", \"10 days\", \"16 weeks\" or \"12 months\"";

    /// <summary>
    /// Reads "5 working days", "1 working day", "10 days", "10 calendar days", "16 weeks" or "12 months".
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        var match = text is null ? Match.Empty : TextForm().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["amount"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            var u when u.StartsWith("WORKING", StringComparison.Ordinal) => PeriodUnit.WorkingDays,
            var u when u.StartsWith("WEEK", StringComparison.Ordinal) => PeriodUnit.Weeks,
            var u when u.StartsWith("MONTH", StringComparison.Ordinal) => PeriodUnit.Months,
            _ => PeriodUnit.CalendarDays,
        };
        period = new Period(amount, unit);
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing <see cref="FormatException"/> for anything else.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"A period must be {TextForms}.");

    [GeneratedRegex(@"\A\s*(?<amount>[0-9]{1,4})\s+(?<unit>working\s+days?|calendar\s+days?|days?|weeks?|months?)\s*\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextForm();
}
