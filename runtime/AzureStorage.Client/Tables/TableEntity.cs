using System.Collections;

namespace AzureStorage.Client.Tables;

/// <summary>
/// A table row: keys, system properties, and typed properties. Property values are <see cref="string"/>,
/// <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateTimeOffset"/> (a <see cref="DateTime"/> is converted to UTC), <see cref="Guid"/> or
/// <see cref="byte"/>[]; each maps to its Edm type on the wire.
/// </summary>
/// <remarks>Not thread-safe. Values are never null: the service stores no nulls, so remove the property instead.</remarks>
public sealed class TableEntity : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A key holds '/', '\', '#', '?' or a control character.</exception>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = TableKey.Validate(partitionKey, nameof(partitionKey));
        RowKey = TableKey.Validate(rowKey, nameof(rowKey));
    }

    /// <summary>The partition key; entities of one partition can change together in a transaction.</summary>
    public string PartitionKey { get; }

    /// <summary>The row key, unique within the partition.</summary>
    public string RowKey { get; }

    /// <summary>The version read from the service, or null for an entity built locally.</summary>
    public ETag? ETag { get; set; }

    /// <summary>When the service last changed the entity, or null for an entity built locally.</summary>
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>The number of properties, keys and system properties excluded.</summary>
    public int Count => _properties.Count;

    /// <summary>The property names.</summary>
    public IEnumerable<string> Keys => _properties.Keys;

    /// <summary>Gets or sets a property.</summary>
    /// <exception cref="KeyNotFoundException">Get: there is no such property.</exception>
    /// <exception cref="ArgumentException">Set: a reserved name, or a value of an unsupported type.</exception>
    public object this[string name]
    {
        get => _properties[name];
        set => _properties[ValidateName(name)] = Normalise(name, value);
    }

    /// <summary>Adds a property, so that collection initialisers work.</summary>
    public void Add(string name, object value) => _properties.Add(ValidateName(name), Normalise(name, value));

    /// <summary>Removes a property.</summary>
    public bool Remove(string name) => _properties.Remove(name);

    /// <summary>Whether the property exists.</summary>
    public bool ContainsKey(string name) => _properties.ContainsKey(name);

    /// <summary>Gets a property of type <typeparamref name="T"/>; false when absent or of another type.</summary>
    public bool TryGetValue<T>(string name, out T value)
    {
        if (_properties.TryGetValue(name, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The property as a string, or null when absent or of another type.</summary>
    public string? GetString(string name) => TryGetValue<string>(name, out var v) ? v : null;

    /// <summary>The property as an Int32, or null when absent or of another type.</summary>
    public int? GetInt32(string name) => TryGetValue<int>(name, out var v) ? v : null;

    /// <summary>The property as an Int64, or null when absent or of another type.</summary>
    public long? GetInt64(string name) => TryGetValue<long>(name, out var v) ? v : null;

    /// <summary>The property as a Double, or null when absent or of another type.</summary>
    public double? GetDouble(string name) => TryGetValue<double>(name, out var v) ? v : null;

    /// <summary>The property as a Boolean, or null when absent or of another type.</summary>
    public bool? GetBoolean(string name) => TryGetValue<bool>(name, out var v) ? v : null;

    /// <summary>The property as a DateTime (UTC), or null when absent or of another type.</summary>
    public DateTimeOffset? GetDateTimeOffset(string name) => TryGetValue<DateTimeOffset>(name, out var v) ? v : null;

    /// <summary>The property as a Guid, or null when absent or of another type.</summary>
    public Guid? GetGuid(string name) => TryGetValue<Guid>(name, out var v) ? v : null;

    /// <summary>The property as binary, or null when absent or of another type.</summary>
    public byte[]? GetBinary(string name) => TryGetValue<byte[]>(name, out var v) ? v : null;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Keys only: property values may hold personal data and stay out of logs.</summary>
    public override string ToString() => $"TableEntity({Count} properties)";

    /// <summary>Stores a value read from the service, skipping the checks on user input.</summary>
    internal void SetFromService(string name, object value) => _properties[name] = value;

    private static string ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name is "PartitionKey" or "RowKey" or "Timestamp" || name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{name}' is reserved by the Table service; keys and Timestamp are set through their properties.", nameof(name))
            : name;
    }

    private static object Normalise(string name, object value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value), $"Property '{name}' cannot be null; remove it instead."),
        string or int or long or double or bool or Guid or byte[] => value,
        DateTimeOffset time => time.ToUniversalTime(),
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime()),
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}; supported are string, int, long, double, bool, DateTimeOffset, DateTime, Guid and byte[].",
            nameof(value)),
    };
}
