using System.Text.Json;
using System.Text.Json.Serialization;

namespace Probation.Orders.Identifiers;

/// <summary>Reads and writes an <see cref="IStringId{TSelf}"/> as a plain JSON string.</summary>
public sealed class StringIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IStringId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            // A null id becomes default so that validation reports "is required" instead of a parse failure.
            JsonTokenType.Null => default,
            JsonTokenType.String => TId.From(reader.GetString()!),
            _ => throw new JsonException($"{typeof(TId).Name} must be a string."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
