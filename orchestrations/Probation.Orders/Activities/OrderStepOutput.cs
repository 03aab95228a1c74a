namespace Probation.Orders.Activities;

/// <summary>
/// What one step of an order sends to the outside world, as the input of <see cref="OrderActivityNames.RecordOrderStep"/>;
/// each part is null or empty when the step produced none of it.
/// </summary>
public sealed record OrderStepOutput(
    SendRemindersInput? Reminders,
    ResolveRemindersInput? Resolutions,
    IReadOnlyList<WarningLetter> Letters,
    IReadOnlyList<StaffNotice> Notices,
    OrderViewPublication? View)
{
    /// <summary>Whether there is nothing to send.</summary>
    public bool IsEmpty => Reminders is null && Resolutions is null && Letters.Count == 0 && Notices.Count == 0 && View is null;

    /// <summary>
    /// Sends every part through <paramref name="activities"/> at once. Each part is keyed by the ids it carries, so a
    /// retried call (activities run at least once) delivers nothing twice.
    /// </summary>
    public Task RecordAsync(IOrderActivities activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var calls = new List<Task>();
        if (Reminders is { } reminders)
        {
            calls.Add(activities.SendRemindersAsync(reminders, cancellationToken));
        }

        if (Resolutions is { } resolutions)
        {
            calls.Add(activities.ResolveRemindersAsync(resolutions, cancellationToken));
        }

        calls.AddRange(Letters.Select(letter => activities.SendWarningLetterAsync(letter, cancellationToken)));
        calls.AddRange(Notices.Select(notice => activities.SendStaffNoticeAsync(notice, cancellationToken)));
        if (View is { } view)
        {
            calls.Add(activities.PublishOrderViewAsync(view, cancellationToken));
        }

        return Task.WhenAll(calls);
    }
}
