using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>
/// Police National Computer id in its canonical form <c>YYYY/NNNNNNNC</c>: year, 7-digit serial and a
/// check letter <c>"ZABCDEFGHJKLMNPQRTUVWXY"[(YY × 10^7 + serial) mod 23]</c>, where YY is the last two
/// digits of the year (the rule of hmpps-person-record's PNCIdentifier).
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<Pnc>))]
public readonly partial record struct Pnc(string Value) : IStringId<Pnc>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[0-9]{4}/[0-9]{7}[A-Z]$";

    // I, O and S are left out so that a check letter cannot be mistaken for 1, 0 or 5.
    private const string CheckLetters = "ZABCDEFGHJKLMNPQRTUVWXY";

    /// <summary>Whether the value has the <c>YYYY/NNNNNNNC</c> shape (the check letter is not checked).</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <summary>Whether the value is well formed and its check letter matches its year and serial.</summary>
    public bool HasValidCheckLetter => IsWellFormed && ExpectedCheckLetter(Value) == Value[^1];

    /// <inheritdoc />
    public static Pnc From(string value) => new(value);

    /// <summary>
    /// The check letter for a well-formed <c>YYYY/NNNNNNN</c> prefix (the last character is ignored).
    /// </summary>
    public static char ExpectedCheckLetter(string pnc)
    {
        ArgumentNullException.ThrowIfNull(pnc);
        var twoDigitYear = long.Parse(pnc.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var serial = long.Parse(pnc.AsSpan(5, 7), CultureInfo.InvariantCulture);
        return CheckLetters[(int)(((twoDigitYear * 10_000_000) + serial) % CheckLetters.Length)];
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"\A[0-9]{4}/[0-9]{7}[A-Z]\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
