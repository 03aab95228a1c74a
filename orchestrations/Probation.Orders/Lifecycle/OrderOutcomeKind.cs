namespace Probation.Orders.Lifecycle;

/// <summary>How an order ended (DOMAIN.md, Order end).</summary>
public enum OrderOutcomeKind
{
    /// <summary>The order or licence reached its end date.</summary>
    Completed = 1,

    /// <summary>Revoked by the court.</summary>
    Revoked = 2,

    /// <summary>Re-sentenced for breach: a new order starts.</summary>
    Resentenced = 3,

    /// <summary>Ended for another reason, e.g. death or transfer out of England and Wales.</summary>
    Terminated = 4,
}
