namespace Durable;

/// <summary>Helpers on <see cref="OrchestrationRuntimeStatus"/>.</summary>
public static class OrchestrationRuntimeStatusExtensions
{
    /// <summary>Whether an instance in this status has ended for good (Completed, Failed or Terminated).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for Completed, Failed and Terminated.</returns>
    public static bool IsTerminal(this OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed
            or OrchestrationRuntimeStatus.Failed
            or OrchestrationRuntimeStatus.Terminated;
}
