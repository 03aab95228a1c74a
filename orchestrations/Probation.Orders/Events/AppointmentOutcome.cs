namespace Probation.Orders.Events;

/// <summary>How an appointment went; the last two are failures to comply (DOMAIN.md, Enforcement 1).</summary>
public enum AppointmentOutcome
{
    /// <summary>Attended and complied.</summary>
    Attended = 1,

    /// <summary>Missed with an explanation accepted in advance.</summary>
    MissedAcceptable = 2,

    /// <summary>Missed without an acceptable explanation: a failure to comply.</summary>
    MissedUnexplained = 3,

    /// <summary>Attended but failed to comply (e.g. sent home): a failure to comply.</summary>
    AttendedFailedToComply = 4,
}
