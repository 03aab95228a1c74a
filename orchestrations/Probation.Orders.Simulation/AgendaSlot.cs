namespace Probation.Orders.Simulation;

/// <summary>What an <see cref="AgendaEntry"/> is, in the order they come within a day.</summary>
internal enum AgendaSlot
{
    /// <summary>The order wakes up at 06:00 UTC to send what has fallen due, as its durable timer would fire.</summary>
    WakeUp,

    /// <summary>The order arrives from the court at 10:00 UTC.</summary>
    Arrival,

    /// <summary>Staff record a planned event at 10:00 UTC.</summary>
    StaffEvent,
}
