using Probation.Orders.Activities;
using Probation.Orders.Views;

namespace Probation.Orders.Support;

/// <summary>
/// A hand-written fake of the activities: records every call, in order, and keeps the latest view and the whole
/// timeline as the function app's store would. Activities run on worker threads, hence the lock.
/// </summary>
internal sealed class RecordingOrderActivities : IOrderActivities
{
    private readonly Lock _gate = new();
    private readonly List<Reminder> _reminders = [];
    private readonly List<ClosedDuty> _resolved = [];
    private readonly List<WarningLetter> _letters = [];
    private readonly List<StaffNotice> _notices = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<OrderView> _views = [];

    public IReadOnlyList<Reminder> Reminders => Snapshot(_reminders);

    public IReadOnlyList<ClosedDuty> Resolved => Snapshot(_resolved);

    public IReadOnlyList<WarningLetter> Letters => Snapshot(_letters);

    public IReadOnlyList<StaffNotice> Notices => Snapshot(_notices);

    public IReadOnlyList<TimelineEntry> Timeline => Snapshot(_timeline);

    public IReadOnlyList<OrderView> Views => Snapshot(_views);

    public OrderView LatestView => Views.MaxBy(v => v.Revision) ?? throw new InvalidOperationException("No view was published.");

    public Task SendRemindersAsync(SendRemindersInput input, CancellationToken cancellationToken) => Add(_reminders, input.Reminders);

    public Task ResolveRemindersAsync(ResolveRemindersInput input, CancellationToken cancellationToken) => Add(_resolved, input.Duties);

    public Task SendWarningLetterAsync(WarningLetter letter, CancellationToken cancellationToken) => Add(_letters, [letter]);

    public Task SendStaffNoticeAsync(StaffNotice notice, CancellationToken cancellationToken) => Add(_notices, [notice]);

    public Task PublishOrderViewAsync(OrderViewPublication publication, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _views.Add(publication.View);
            _timeline.AddRange(publication.NewTimeline);
        }

        return Task.CompletedTask;
    }

    private Task Add<T>(List<T> list, IEnumerable<T> items)
    {
        lock (_gate)
        {
            list.AddRange(items);
        }

        return Task.CompletedTask;
    }

    private T[] Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
