using System.Collections.Concurrent;

namespace Probation.Orders.Simulation;

/// <summary>The staff events planned for each day; cases add to it from worker threads while the day loop reads it.</summary>
internal sealed class ActionBook
{
    private readonly ConcurrentDictionary<DateOnly, ConcurrentQueue<PlannedEvent>> _days = new();

    public void Add(PlannedEvent planned) => _days.GetOrAdd(planned.On, _ => new ConcurrentQueue<PlannedEvent>()).Enqueue(planned);

    /// <summary>Takes the events planned for <paramref name="day"/>, in a fixed order whatever order they were added in.</summary>
    public IReadOnlyList<PlannedEvent> Take(DateOnly day) =>
        _days.TryRemove(day, out var planned)
            ? [.. planned.OrderBy(p => p.OrderIndex).ThenBy(p => p.Sequence)]
            : [];
}
