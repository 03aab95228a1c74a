namespace Probation.Orders.Identifiers;

/// <summary>
/// An identifier that travels as a JSON string. Construction never rejects a value, so a document
/// with a malformed id still reads and validation can list that problem beside every other one.
/// </summary>
public interface IStringId<TSelf>
    where TSelf : struct, IStringId<TSelf>
{
    /// <summary>The text as received; <see langword="null"/> only for <c>default</c>.</summary>
    string Value { get; }

    /// <summary>Wraps <paramref name="value"/> without checking it.</summary>
    static abstract TSelf From(string value);
}
