namespace Durable.Client;

/// <summary>The statuses a purge may select: terminal ones only.</summary>
internal static class PurgeStatuses
{
    private static readonly OrchestrationRuntimeStatus[] Terminal =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public static IReadOnlySet<OrchestrationRuntimeStatus> Resolve(IReadOnlyCollection<OrchestrationRuntimeStatus>? requested)
    {
        if (requested is not { Count: > 0 })
        {
            return Terminal.ToHashSet();
        }

        foreach (var status in requested)
        {
            if (!status.IsTerminal())
            {
                throw new ArgumentException($"Only ended instances can be purged; {status} is not an ended status.", nameof(requested));
            }
        }

        return requested.ToHashSet();
    }
}
