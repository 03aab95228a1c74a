using Probation.Orders.Activities;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// The activities as the simulation implements them: counts what a real store and queue would receive, and hands
/// each published view to its case so staff can react.
/// </summary>
internal sealed class SimulatedStore(IReadOnlyDictionary<string, CaseAgent> cases) : IOrderActivities
{
    private readonly long[] _reminders = new long[Enum.GetValues<ReminderKind>().Length + 1];
    private long _resolved;
    private long _letters;
    private long _notices;
    private long _rejected;
    private long _publications;

    public long RemindersOf(ReminderKind kind) => Interlocked.Read(ref _reminders[(int)kind]);

    public long Resolved => Interlocked.Read(ref _resolved);

    public long Letters => Interlocked.Read(ref _letters);

    public long Notices => Interlocked.Read(ref _notices);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Publications => Interlocked.Read(ref _publications);

    public Task SendRemindersAsync(SendRemindersInput input, CancellationToken cancellationToken)
    {
        foreach (var reminder in input.Reminders)
        {
            Interlocked.Increment(ref _reminders[(int)reminder.Kind]);
        }

        return Task.CompletedTask;
    }

    public Task ResolveRemindersAsync(ResolveRemindersInput input, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _resolved, input.Duties.Count);
        return Task.CompletedTask;
    }

    public Task SendWarningLetterAsync(WarningLetter letter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _letters);
        return Task.CompletedTask;
    }

    public Task SendStaffNoticeAsync(StaffNotice notice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _notices);
        return Task.CompletedTask;
    }

    public Task PublishOrderViewAsync(OrderViewPublication publication, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _publications);
        Interlocked.Add(ref _rejected, publication.NewTimeline.Count(e => e.Kind == TimelineKind.EventRejected));
        cases[publication.View.OrderId.Value].Observe(publication.View);
        return Task.CompletedTask;
    }
}
