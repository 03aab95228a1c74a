namespace Durable.Replay;

/// <summary>Hands serialized text through unchanged, for waits whose payload is deserialized later.</summary>
internal sealed class PassThroughConverter : DataConverter
{
    public static PassThroughConverter Instance { get; } = new();

    public override string? Serialize(object? value) => (string?)value;

    public override object? Deserialize(string? data, Type targetType) => data;
}
