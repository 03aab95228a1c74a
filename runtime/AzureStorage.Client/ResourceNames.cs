namespace AzureStorage.Client;

/// <summary>Checks queue and table names against the services' naming rules before any request.</summary>
internal static class ResourceNames
{
    public static string ValidateQueue(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && name[0] != '-' && name[^1] != '-'
            && !name.Contains("--", StringComparison.Ordinal);
        return valid ? name : throw new ArgumentException(
            $"'{name}' is not a valid queue name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
            nameof(name));
    }

    public static string ValidateTable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is >= 3 and <= 63
            && char.IsAsciiLetter(name[0])
            && name.All(char.IsAsciiLetterOrDigit)
            && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);
        return valid ? name : throw new ArgumentException(
            $"'{name}' is not a valid table name: 3-63 letters and digits, starting with a letter, and not 'tables'.",
            nameof(name));
    }
}
