namespace Probation.Functions.Security;

/// <summary>Which key a route needs.</summary>
public enum KeyLevel
{
    /// <summary>The function key or the system key.</summary>
    Function,

    /// <summary>The system key only.</summary>
    System,
}
