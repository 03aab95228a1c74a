namespace Probation.Orders.Validation;

/// <summary>
/// Every problem found, as field path → messages (e.g. <c>person.crn</c> → "must match ^[A-Z][0-9]{6}$"),
/// in document order. The shape of RFC 9457 <c>errors</c>: the HTTP layer passes it through unchanged.
/// Messages never repeat the submitted value, so they carry no personal data.
/// </summary>
public sealed record ValidationResult
{
    /// <summary>Creates a result from <paramref name="errors"/>; empty means valid.</summary>
    public ValidationResult(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>The result with no problems.</summary>
    public static ValidationResult Valid { get; } = new(new Dictionary<string, string[]>());

    /// <summary>Field path → messages; <c>$</c> is the document itself.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Whether there were no problems.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>A mutable copy in the type ASP.NET Core's <c>ValidationProblemDetails</c> takes.</summary>
    public IDictionary<string, string[]> ToProblemErrors() =>
        new Dictionary<string, string[]>(Errors, StringComparer.Ordinal);
}
