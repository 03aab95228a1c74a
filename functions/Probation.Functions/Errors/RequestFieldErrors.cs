using System.Text.Json;
using System.Text.RegularExpressions;

namespace Probation.Functions.Errors;

/// <summary>
/// The field a request error is about, for the <c>errors</c> of its 400 (API.md: validation errors name the field):
/// the JSON path of a body that does not read as its type, or the parameter that a query or route value could not be
/// bound to. The value itself is never repeated: it may be personal data.
/// </summary>
internal static partial class RequestFieldErrors
{
    public static IDictionary<string, string[]>? Of(Exception exception) => exception switch
    {
        JsonException { Path: { Length: > 2 } path } when path.StartsWith("$.", StringComparison.Ordinal) =>
            One(path[2..], "Is not of the expected type or form."),
        BadHttpRequestException { InnerException: JsonException inner } => Of(inner),
        BadHttpRequestException bad when BindingFailure().Match(bad.Message) is { Success: true } match =>
            One(CamelCase(match.Groups["name"].Value), $"Is not a valid {match.Groups["type"].Value.TrimEnd('?')}."),
        _ => null,
    };

    // A parameter bound from a record's property ([AsParameters]) is named as the property; the query names it in camelCase.
    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static Dictionary<string, string[]> One(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    // Minimal APIs' binding failure (RouteHandlerOptions.ThrowOnBadRequest): Failed to bind parameter "bool? showInput" from "0".
    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\" ]+) (?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex BindingFailure();
}
