namespace AzureStorage.Client.Tables;

/// <summary>An entity's version as the service reports it; passed back in If-Match for optimistic concurrency.</summary>
/// <param name="Value">The opaque value, for example <c>W/"datetime'2024-01-01T00%3A00%3A00.0000000Z'"</c>.</param>
public readonly record struct ETag(string Value)
{
    /// <summary>Matches any version: the write or delete applies unconditionally.</summary>
    public static ETag All { get; } = new("*");

    /// <inheritdoc />
    public override string ToString() => Value;
}
