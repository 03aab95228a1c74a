namespace Probation.Functions.Reminders;

/// <summary>What a message on <c>staff-notifications</c> carries; with its id, the key of "sent once".</summary>
internal enum StaffNotificationKind
{
    /// <summary>A duty's reminder, by reminderId.</summary>
    Reminder = 1,

    /// <summary>A warning letter to send, by warningId.</summary>
    WarningLetter = 2,

    /// <summary>A notice to the offender manager, by noticeId.</summary>
    StaffNotice = 3,
}
