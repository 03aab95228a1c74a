namespace Probation.Orders.Lifecycle;

/// <summary>What moves an order between phases.</summary>
public enum PhaseTrigger
{
    /// <summary>Released from custody onto licence.</summary>
    Released = 1,

    /// <summary>Recalled from licence to custody.</summary>
    Recalled = 2,

    /// <summary>The court activated a suspended sentence.</summary>
    CustodyActivated = 3,

    /// <summary>The order or licence reached its end date.</summary>
    Completed = 4,

    /// <summary>Revoked by the court or on termination.</summary>
    Revoked = 5,

    /// <summary>Re-sentenced for breach: a new order starts, this one ends.</summary>
    Resentenced = 6,

    /// <summary>Ended for another reason, e.g. death or transfer out.</summary>
    Terminated = 7,
}
