namespace Probation.Orders.Events;

/// <summary>How an order ended early.</summary>
public enum TerminationOutcome
{
    /// <summary>Revoked by the court.</summary>
    Revoked = 1,

    /// <summary>Terminated for another reason, e.g. death or transfer out of England and Wales.</summary>
    Terminated = 2,
}
