using System.Globalization;
using System.Text.Json;

namespace AzureStorage.Client.Tables;

/// <summary>
/// Entities as OData JSON. Types JSON cannot tell apart get an <c>@odata.type</c> annotation both ways:
/// Int64, Double, DateTime, Guid and Binary. String, Int32 and Boolean need none.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static string FormatTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static byte[] Serialize(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, entity);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("PartitionKey", entity.PartitionKey);
        writer.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an entity object of a point read or a query page.</summary>
    public static TableEntity Read(JsonElement json, string? etagHeader)
    {
        var entity = new TableEntity(
            json.GetProperty("PartitionKey").GetString()!,
            json.GetProperty("RowKey").GetString()!);
        var etag = json.TryGetProperty("odata.etag", out var e) ? e.GetString() : etagHeader;
        entity.ETag = etag is null ? null : new ETag(etag);
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var type = json.TryGetProperty(name + TypeSuffix, out var t) ? t.GetString() : null;
            var value = ReadValue(property.Value, type, name);
            if (name == "Timestamp")
            {
                entity.Timestamp = value as DateTimeOffset? ?? ParseTime(property.Value.GetString()!);
            }
            else if (value is not null)
            {
                entity.SetFromService(name, value);
            }
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case long l:
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                WriteDouble(writer, name, d);
                break;
            case DateTimeOffset time:
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                writer.WriteString(name, FormatTime(time));
                break;
            case Guid g:
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static object? ReadValue(JsonElement value, string? type, string name) => (type, value.ValueKind) switch
    {
        ("Edm.Int64", _) => long.Parse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        ("Edm.Double", JsonValueKind.String) => double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        ("Edm.Double", _) => value.GetDouble(),
        ("Edm.DateTime", _) => ParseTime(value.GetString()!),
        ("Edm.Guid", _) => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.Binary", _) => value.GetBytesFromBase64(),
        ("Edm.Int32", _) => value.GetInt32(),
        (null or "Edm.String" or "Edm.Boolean", JsonValueKind.String) => value.GetString(),
        (null or "Edm.Boolean", JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (null, JsonValueKind.Number) => ReadUntypedNumber(value),
        (null, JsonValueKind.Null) => null,
        _ => throw new FormatException($"The Table service sent property '{name}' as {type ?? value.ValueKind.ToString()}, which this client does not read."),
    };

    /// <summary>Without an annotation the service means Int32 for integral numbers and Double otherwise.</summary>
    private static object ReadUntypedNumber(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt32(out var i) ? i : (object)value.GetDouble();
    }

    private static DateTimeOffset ParseTime(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
