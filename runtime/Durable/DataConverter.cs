namespace Durable;

/// <summary>Turns inputs, outputs, event payloads and custom status into the strings stored in history, and back.</summary>
public abstract class DataConverter
{
    /// <summary>Serializes a value; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The serialized text, or <see langword="null"/>.</returns>
    public abstract string? Serialize(object? value);

    /// <summary>Deserializes text into a value of <paramref name="targetType"/>.</summary>
    /// <param name="data">The serialized text, or <see langword="null"/>.</param>
    /// <param name="targetType">The type to produce.</param>
    /// <returns>The value, or <see langword="null"/> (or the type's default) for <see langword="null"/> text.</returns>
    public abstract object? Deserialize(string? data, Type targetType);

    /// <summary>Deserializes text into a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to produce.</typeparam>
    /// <param name="data">The serialized text, or <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="default"/> for <see langword="null"/> text.</returns>
    public virtual T? Deserialize<T>(string? data) => (T?)Deserialize(data, typeof(T));
}
