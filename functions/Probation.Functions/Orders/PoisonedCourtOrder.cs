namespace Probation.Functions.Orders;

/// <summary>A court-orders message set aside, with why: the body of a <c>court-orders-poison</c> message.</summary>
/// <param name="MessageId">The original message's id.</param>
/// <param name="DequeueCount">How many times it was taken.</param>
/// <param name="Reason">Why it could not be handled.</param>
/// <param name="Message">The original message text, unchanged.</param>
public sealed record PoisonedCourtOrder(string MessageId, long DequeueCount, string Reason, string Message);
