using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Probation.Orders.Identifiers;

/// <summary>One appointment of an order; explanations refer to it.</summary>
[JsonConverter(typeof(StringIdJsonConverter<AppointmentId>))]
public readonly partial record struct AppointmentId(string Value) : IStringId<AppointmentId>
{
    /// <summary>The format, as quoted in validation messages.</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /// <summary>Whether the value has the expected format.</summary>
    public bool IsWellFormed => Value is not null && Format().IsMatch(Value);

    /// <inheritdoc />
    public static AppointmentId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    // \A and \z rather than ^ and $: $ would accept a trailing newline.
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
