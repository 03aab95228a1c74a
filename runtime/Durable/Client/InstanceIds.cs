namespace Durable.Client;

/// <summary>The rules for instance ids: they become storage keys, so some characters are not allowed.</summary>
public static class InstanceIds
{
    /// <summary>The longest instance id.</summary>
    public const int MaxLength = 256;

    /// <summary>Checks an instance id.</summary>
    /// <param name="instanceId">The id.</param>
    /// <exception cref="ArgumentException">The id is empty, too long, or contains '/', '\', '#', '?' or a control character.</exception>
    public static void Validate(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        if (Problem(instanceId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(instanceId));
        }
    }

    /// <summary>
    /// Whether an instance could have this id. The client answers "no such instance" for one that could not, without
    /// asking the backend, whose storage keys could not even express it.
    /// </summary>
    /// <param name="instanceId">The id, not empty.</param>
    public static bool CanExist(string instanceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return Problem(instanceId) is null;
    }

    private static string? Problem(string instanceId)
    {
        if (instanceId.Length > MaxLength)
        {
            return $"An instance id is at most {MaxLength} characters.";
        }

        foreach (var c in instanceId)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                return "An instance id must not contain '/', '\\', '#', '?' or control characters.";
            }
        }

        return null;
    }
}
