using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Probation.Orders.Validation;

/// <summary>
/// The JSON settings of API.md: camelCase web defaults, enums by name only, numbers as numbers.
/// Use them for documents, events and orchestration inputs alike so all three read the same way.
/// </summary>
public static class OrderJson
{
    /// <summary>The shared, read-only options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Web defaults would read "12" as 12; the contract says numbers, and validation says so too.
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
