using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Validation;

/// <summary>
/// Checks a JSON document against the shape of the type it should become (strings, whole numbers,
/// ISO dates, enum names, objects, arrays), recording a problem per bad value and removing that
/// value so the rest still deserialises and the validator can report everything else too.
/// Driven by System.Text.Json's own metadata, so it cannot drift from the records.
/// </summary>
internal static class JsonShape
{
    public static void CheckObject(JsonObject json, JsonTypeInfo typeInfo, string path, ValidationErrors errors)
    {
        foreach (var property in typeInfo.Properties)
        {
            var settable = property.Set is not null || property.AssociatedParameter is not null;
            if (!settable)
            {
                continue;
            }

            if (!json.TryGetPropertyValue(property.Name, out var node) || node is null)
            {
                if (IsRequiredScalar(property))
                {
                    // Read as false or 0, a missing value would be a decision nobody made (an explanation "not acceptable",
                    // a person "not MAPPA-managed").
                    errors.Add(FieldPath.Child(path, property.Name), Check.IsRequired);
                    json.Remove(property.Name);
                }

                continue;
            }

            if (!CheckValue(node, property.PropertyType, FieldPath.Child(path, property.Name), errors, typeInfo.Options))
            {
                json.Remove(property.Name);
            }
        }
    }

    private static bool IsRequiredScalar(JsonPropertyInfo property) =>
        property.AssociatedParameter is { HasDefaultValue: false } parameter && (parameter.ParameterType == typeof(bool) || parameter.ParameterType == typeof(int));

    private static bool CheckValue(JsonNode node, Type type, string path, ValidationErrors errors, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var kind = node.GetValueKind();
        if (type == typeof(string) || IsStringId(type))
        {
            return Expect(errors, path, kind == JsonValueKind.String, "must be a string");
        }

        if (type == typeof(bool))
        {
            return Expect(errors, path, kind is JsonValueKind.True or JsonValueKind.False, "must be true or false");
        }

        if (type == typeof(int))
        {
            return Expect(errors, path, kind == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out _), "must be a whole number");
        }

        if (type == typeof(DateOnly))
        {
            var isDate = kind == JsonValueKind.String
                && DateOnly.TryParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            return Expect(errors, path, isDate, "must be a date in the form YYYY-MM-DD");
        }

        if (type.IsEnum)
        {
            var isName = kind == JsonValueKind.String && Enum.GetNames(type).Contains(node.GetValue<string>(), StringComparer.Ordinal);
            return Expect(errors, path, isName, Check.OneOf(type));
        }

        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => CheckArray(node, info, path, errors, options),
            JsonTypeInfoKind.Object when node is JsonObject json => CheckNested(json, info, path, errors),
            JsonTypeInfoKind.Object => Expect(errors, path, false, "must be an object"),
            _ => true,
        };
    }

    private static bool CheckNested(JsonObject json, JsonTypeInfo info, string path, ValidationErrors errors)
    {
        CheckObject(json, info, path, errors);
        return true;
    }

    private static bool CheckArray(JsonNode node, JsonTypeInfo info, string path, ValidationErrors errors, JsonSerializerOptions options)
    {
        if (node is not JsonArray array)
        {
            return Expect(errors, path, false, "must be an array");
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is { } item && !CheckValue(item, info.ElementType!, FieldPath.Item(path, i), errors, options))
            {
                // Nulled rather than removed so later items keep their index in error paths.
                array[i] = null;
            }
        }

        return true;
    }

    private static bool IsStringId(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStringId<>));

    private static bool Expect(ValidationErrors errors, string path, bool holds, string message)
    {
        if (!holds)
        {
            errors.AddUnreadable(path, message);
        }

        return holds;
    }
}
