using System.Diagnostics.CodeAnalysis;

namespace Probation.Orders.Validation;

/// <summary>A document read from JSON: the value when it is valid, otherwise every problem found.</summary>
public sealed record ReadResult<T>(T? Value, ValidationResult Validation)
    where T : class
{
    /// <summary>Whether the document was valid; <see cref="Value"/> is then set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Validation.IsValid;
}
