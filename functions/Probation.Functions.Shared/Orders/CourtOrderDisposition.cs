namespace Probation.Functions.Orders;

/// <summary>What became of a <c>court-orders</c> message, and so what its host does with it.</summary>
public enum CourtOrderDisposition
{
    /// <summary>The order was accepted (or was already): the message is done with.</summary>
    Accepted,

    /// <summary>The message is on <c>court-orders-poison</c> with the reason: the message is done with here.</summary>
    Poisoned,

    /// <summary>It failed for a transient reason: the message stays on the queue to come back.</summary>
    Retry,
}
