using System.Text.Json;
using System.Text.Json.Serialization;

namespace Durable;

/// <summary>
/// The default <see cref="DataConverter"/>: System.Text.Json with web defaults (camelCase, case-insensitive reads)
/// and enums written by name.
/// </summary>
/// <param name="options">The serializer options; <see langword="null"/> for the defaults.</param>
public sealed class JsonDataConverter(JsonSerializerOptions? options = null) : DataConverter
{
    /// <summary>The shared instance with the default options.</summary>
    public static JsonDataConverter Default { get; } = new();

    private readonly JsonSerializerOptions _options = options ?? CreateDefaultOptions();

    /// <summary>The options the converter uses.</summary>
    public JsonSerializerOptions Options => _options;

    /// <summary>Creates the default options: web defaults with enums by name.</summary>
    /// <returns>New options.</returns>
    public static JsonSerializerOptions CreateDefaultOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }

    /// <inheritdoc />
    public override string? Serialize(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), _options);

    /// <inheritdoc />
    public override object? Deserialize(string? data, Type targetType)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        return data is null ? null : JsonSerializer.Deserialize(data, targetType, _options);
    }

    /// <inheritdoc />
    public override T? Deserialize<T>(string? data) where T : default =>
        data is null ? default : JsonSerializer.Deserialize<T>(data, _options);
}
