namespace Durable.History;

/// <summary>What a history says about its execution's start and about which scheduled tasks and timers have results.</summary>
internal static class HistoryFacts
{
    /// <summary>The execution's start event, if the history has one.</summary>
    public static ExecutionStartedEvent? Start(IReadOnlyList<HistoryEvent> history)
    {
        foreach (var recorded in history)
        {
            if (recorded is ExecutionStartedEvent started)
            {
                return started;
            }
        }

        return null;
    }

    /// <summary>The scheduled task or timer (by its event id) whose result <paramref name="recorded"/> is, if it is one.</summary>
    public static int? ResultFor(HistoryEvent recorded) => recorded switch
    {
        TaskCompletedEvent completed => completed.TaskScheduledId,
        TaskFailedEvent failed => failed.TaskScheduledId,
        SubOrchestrationInstanceCompletedEvent completed => completed.TaskScheduledId,
        SubOrchestrationInstanceFailedEvent failed => failed.TaskScheduledId,
        TimerFiredEvent fired => fired.TimerId,
        _ => null,
    };

    /// <summary>The event ids of the tasks and timers that have their result in the history.</summary>
    public static HashSet<int> WithResults(IReadOnlyList<HistoryEvent> history)
    {
        var ids = new HashSet<int>();
        foreach (var recorded in history)
        {
            if (ResultFor(recorded) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Whether the task or timer scheduled as event <paramref name="scheduledId"/> has its result in the history.</summary>
    public static bool HasResult(IReadOnlyList<HistoryEvent> history, int scheduledId) =>
        history.Any(recorded => ResultFor(recorded) == scheduledId);
}
