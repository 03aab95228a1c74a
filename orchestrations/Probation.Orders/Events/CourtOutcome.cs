namespace Probation.Orders.Events;

/// <summary>What the court did with a breach.</summary>
public enum CourtOutcome
{
    /// <summary>Order continues, made more onerous.</summary>
    Continued = 1,

    /// <summary>Order revoked; the person is re-sentenced under a new order.</summary>
    Revoked = 2,

    /// <summary>Re-sentenced under a new order.</summary>
    Resentenced = 3,

    /// <summary>The suspended sentence is activated: custody.</summary>
    CustodyActivated = 4,
}
