namespace Probation.Orders.Documents;

/// <summary>Risk of serious harm (RoSH) level from the OASys assessment.</summary>
public enum RoshLevel
{
    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Medium.</summary>
    Medium = 2,

    /// <summary>High.</summary>
    High = 3,

    /// <summary>Very high.</summary>
    VeryHigh = 4,
}
