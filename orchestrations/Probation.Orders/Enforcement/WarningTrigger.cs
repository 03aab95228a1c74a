namespace Probation.Orders.Enforcement;

/// <summary>What changes a warning.</summary>
public enum WarningTrigger
{
    /// <summary>An acceptable explanation recorded by <c>explainBy</c>.</summary>
    ExplanationAccepted = 1,

    /// <summary>The warning's window ended.</summary>
    WindowEnded = 2,
}
