using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>Probation case reference number (nDelius CRN), e.g. <c>X123456</c>.</summary>
[JsonConverter(typeof(StringIdJsonConverter<Crn>))]
public readonly partial record struct Crn(string Value) : IStringId<Crn>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Z][0-9]{6}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static Crn From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Z][0-9]{6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
