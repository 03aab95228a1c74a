namespace Probation.Orders.Validation;

/// <summary>
/// Collects problems while a document is read and validated. A value that could not be read at all
/// (e.g. a date that did not parse) is skipped by the rules, so one mistake is reported once; a value
/// that was read gets every rule it breaks.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly OrderedDictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            messages = [];
            _errors.Add(path, messages);
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public void AddUnreadable(string path, string message)
    {
        _unreadable.Add(path);
        Add(path, message);
    }

    public bool IsUnreadable(string path) => _unreadable.Contains(path);

    public ValidationResult ToResult()
    {
        var result = new OrderedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (path, messages) in _errors)
        {
            result.Add(path, [.. messages]);
        }

        return new ValidationResult(result);
    }
}
