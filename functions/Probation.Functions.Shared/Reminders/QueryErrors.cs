using System.Globalization;

namespace Probation.Functions.Reminders;

/// <summary>
/// Validation of query strings: every invalid field is collected (API.md lists them all in <c>errors</c>). Parameters
/// are bound as strings and parsed here, so that a bad date is a 400 naming its field rather than a binding failure.
/// </summary>
internal sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ByField => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var earlier) ? [.. earlier, message] : [message];

    /// <summary>An ISO date (<c>2027-01-04</c>) or nothing; anything else is an error on <paramref name="field"/>.</summary>
    public DateOnly? OptionalDate(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, "Must be a date in the form yyyy-MM-dd.");
        return null;
    }

    public DateOnly? RequiredDate(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            Add(field, "Is required (a date in the form yyyy-MM-dd).");
            return null;
        }

        return OptionalDate(text, field);
    }

    /// <summary>An error on <c>from</c> when the period runs backwards.</summary>
    public void CheckPeriod(DateOnly? from, DateOnly? to)
    {
        if (from > to)
        {
            Add("from", "Must not be after 'to'.");
        }
    }
}
