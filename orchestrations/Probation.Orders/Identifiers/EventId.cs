using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>The client-chosen id of a staff event: the same id twice has effect once.</summary>
[JsonConverter(typeof(StringIdJsonConverter<EventId>))]
public readonly partial record struct EventId(string Value) : IStringId<EventId>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static EventId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
