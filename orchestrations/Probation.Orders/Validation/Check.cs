namespace Probation.Orders.Validation;

/// <summary>
/// The small vocabulary validators are written in. Each check skips a value that could not be read,
/// and each returns whether the value can be used by rules that depend on it.
/// </summary>
internal static class Check
{
    public const string IsRequired = "is required";

    public static bool Required(ValidationErrors errors, string path, bool present)
    {
        if (errors.IsUnreadable(path))
        {
            return false;
        }

        if (!present)
        {
            errors.Add(path, IsRequired);
        }

        return present;
    }

    public static bool Text(ValidationErrors errors, string path, string? value, int maxLength) =>
        Required(errors, path, !string.IsNullOrWhiteSpace(value))
        && Rule(errors, path, value!.Length <= maxLength, $"must be at most {maxLength} characters");

    public static bool Pattern(ValidationErrors errors, string path, bool present, bool matches, string pattern) =>
        Required(errors, path, present) && Rule(errors, path, matches, $"must match {pattern}");

    public static bool Range(ValidationErrors errors, string path, int value, int min, int max) =>
        Rule(errors, path, value >= min && value <= max, $"must be between {min} and {max}");

    public static bool Date(ValidationErrors errors, string path, DateOnly value) =>
        Required(errors, path, value != default);

    public static bool Enum<TEnum>(ValidationErrors errors, string path, TEnum value)
        where TEnum : struct, Enum =>
        Required(errors, path, !value.Equals(default(TEnum)))
        && Rule(errors, path, System.Enum.IsDefined(value), OneOf<TEnum>());

    public static bool Rule(ValidationErrors errors, string path, bool holds, string message)
    {
        if (errors.IsUnreadable(path))
        {
            return false;
        }

        if (!holds)
        {
            errors.Add(path, message);
        }

        return holds;
    }

    public static string OneOf<TEnum>()
        where TEnum : struct, Enum => OneOf(typeof(TEnum));

    public static string OneOf(Type enumType) => $"must be one of {string.Join(", ", System.Enum.GetNames(enumType))}";
}
