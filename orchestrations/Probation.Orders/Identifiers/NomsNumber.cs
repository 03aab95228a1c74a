using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>Prison (NOMS) number, e.g. <c>A1234BC</c>.</summary>
[JsonConverter(typeof(StringIdJsonConverter<NomsNumber>))]
public readonly partial record struct NomsNumber(string Value) : IStringId<NomsNumber>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Z][0-9]{4}[A-Z]{2}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static NomsNumber From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Z][0-9]{4}[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
