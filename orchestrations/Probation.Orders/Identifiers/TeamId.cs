using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>A probation or prison team, e.g. <c>T07</c>.</summary>
[JsonConverter(typeof(StringIdJsonConverter<TeamId>))]
public readonly partial record struct TeamId(string Value) : IStringId<TeamId>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static TeamId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
