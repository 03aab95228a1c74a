namespace Probation.Orders.Documents;

/// <summary>Likelihood of reoffending band.</summary>
public enum LikelihoodLevel
{
    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Medium.</summary>
    Medium = 2,

    /// <summary>High.</summary>
    High = 3,
}
