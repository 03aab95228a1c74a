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
        if (instanceId.Length > MaxLength)
        {
            throw new ArgumentException($"An instance id is at most {MaxLength} characters.", nameof(instanceId));
        }

        foreach (var c in instanceId)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    "An instance id must not contain '/', '\\', '#', '?' or control characters.", nameof(instanceId));
            }
        }
    }
}
