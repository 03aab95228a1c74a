namespace Probation.Orders.Events;

/// <summary>What an appointment was for.</summary>
public enum AppointmentKind
{
    /// <summary>The first appointment after sentence or release.</summary>
    Induction = 1,

    /// <summary>Supervision with the offender manager.</summary>
    Supervision = 2,

    /// <summary>An unpaid work session.</summary>
    UnpaidWork = 3,

    /// <summary>A programme session.</summary>
    Programme = 4,
}
