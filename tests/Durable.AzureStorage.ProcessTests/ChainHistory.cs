using Durable.History;

namespace Durable.AzureStorage;

/// <summary>What a Chain instance's history must show: each step scheduled once and its result applied once.</summary>
internal static class ChainHistory
{
    public static IEnumerable<string> FindProblems(string instanceId, IReadOnlyList<HistoryEvent> history, int steps)
    {
        var scheduled = history.OfType<TaskScheduledEvent>().GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => g.Count());
        var completed = history.OfType<TaskCompletedEvent>().GroupBy(e => e.TaskScheduledId).ToDictionary(g => g.Key, g => g.Count());
        if (scheduled.Count != steps)
        {
            yield return $"{instanceId}: {scheduled.Count} distinct TaskScheduled ids, expected {steps}";
        }

        foreach (var (id, count) in scheduled.Where(s => s.Value != 1))
        {
            yield return $"{instanceId}: TaskScheduled {id} recorded {count} times";
        }

        foreach (var id in scheduled.Keys.Where(id => completed.GetValueOrDefault(id) != 1))
        {
            yield return $"{instanceId}: TaskScheduled {id} has {completed.GetValueOrDefault(id)} TaskCompleted events, expected 1";
        }

        foreach (var id in completed.Keys.Where(id => !scheduled.ContainsKey(id)))
        {
            yield return $"{instanceId}: TaskCompleted for unknown TaskScheduled {id}";
        }

        var failures = history.Count(e => e is TaskFailedEvent);
        var ends = history.Count(e => e is ExecutionCompletedEvent);
        if (failures != 0 || ends != 1)
        {
            yield return $"{instanceId}: {failures} TaskFailed and {ends} ExecutionCompleted events, expected 0 and 1";
        }
    }
}
