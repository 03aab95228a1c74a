using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// The store and queues as the simulation implements them: counts what the order activities would store and queue for
/// each step, and hands each published view to its case so staff can react.
/// </summary>
internal sealed class SimulatedStore(IReadOnlyDictionary<string, CaseAgent> cases)
{
    private readonly long[] _reminders = new long[Enum.GetValues<ReminderKind>().Length + 1];

    public long Resolved { get; private set; }

    public long Letters { get; private set; }

    public long Notices { get; private set; }

    public long Rejected { get; private set; }

    public long Publications { get; private set; }

    public long RemindersOf(ReminderKind kind) => _reminders[(int)kind];

    /// <summary>
    /// Takes what one step sends, as <c>OrderActivityCalls</c> sends it: the reminders, the closed duties whose reminders
    /// are resolved, each letter and notice, and the view with its new timeline entries.
    /// </summary>
    public void Send(OrderStepResult result)
    {
        foreach (var reminder in result.Reminders)
        {
            _reminders[(int)reminder.Kind]++;
        }

        Resolved += result.ClosedDuties.Count;
        Letters += result.Letters.Count;
        Notices += result.Notices.Count;
        if (result.View is { } view)
        {
            Publications++;
            Rejected += result.Timeline.Count(e => e.Kind == TimelineKind.EventRejected);
            cases[view.OrderId.Value].Observe(view);
        }
    }
}
