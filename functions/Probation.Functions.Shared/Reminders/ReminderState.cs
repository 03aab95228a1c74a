namespace Probation.Functions.Reminders;

/// <summary>
/// A reminder's state (API.md). The values are ordered: a reminder only ever moves forward, so concurrent writers
/// (an acknowledgement racing the duty's resolution) converge on the later state whatever order they land in.
/// </summary>
public enum ReminderState
{
    /// <summary>Sent, not yet seen.</summary>
    Open = 1,

    /// <summary>Seen by staff; the duty is still open.</summary>
    Acknowledged = 2,

    /// <summary>The duty was met, missed or cancelled: nothing is left to do.</summary>
    Resolved = 3,
}
