using Probation.Orders.Validation;

namespace Probation.Orders.Policy;

/// <summary>A policy or override that cannot be used; raised at start-up with every problem listed.</summary>
public sealed class InvalidPolicyException : Exception
{
    /// <summary>Creates the exception from the validation that failed.</summary>
    public InvalidPolicyException(ValidationResult validation)
        : base("The National Standards policy is not valid: " + Describe(validation))
    {
        Validation = validation;
    }

    /// <summary>Every problem, by configuration path.</summary>
    public ValidationResult Validation { get; }

    private static string Describe(ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        return string.Join("; ", validation.Errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}"));
    }
}
