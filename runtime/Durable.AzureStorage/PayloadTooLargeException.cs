namespace Durable.AzureStorage;

/// <summary>A payload is larger than the Azure Storage backend stores; it is refused whole, never truncated.</summary>
public sealed class PayloadTooLargeException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What the payload is, e.g. "the orchestration input".</param>
    /// <param name="length">Its length in characters.</param>
    public PayloadTooLargeException(string what, int length)
        : base($"{char.ToUpperInvariant(what[0])}{what[1..]} is {length} characters once serialized; the limit is {PayloadLimits.MaxChars}.")
    {
        Length = length;
    }

    /// <summary>The payload's length in characters.</summary>
    public int Length { get; }
}
