using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>
/// The court's id for one order, e.g. <c>ORD-2026-000123</c>; the orchestration instance id derives from it, so
/// it is kept to URL- and key-safe characters.
/// </summary>
[JsonConverter(typeof(StringIdJsonConverter<OrderId>))]
public readonly partial record struct OrderId(string Value) : IStringId<OrderId>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{2,63}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static OrderId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
