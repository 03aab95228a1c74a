namespace Probation.Orders.Events;

/// <summary>A custody movement.</summary>
public enum CustodyEventKind
{
    /// <summary>Received into prison.</summary>
    Received = 1,

    /// <summary>Transferred to another prison.</summary>
    Transferred = 2,

    /// <summary>Released on licence.</summary>
    Released = 3,

    /// <summary>Recalled from licence to custody.</summary>
    Recalled = 4,
}
