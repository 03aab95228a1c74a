namespace Probation.Functions.Orders;

/// <summary>A <c>court-orders</c> message as either host received it.</summary>
/// <param name="MessageId">The queue's id of the message.</param>
/// <param name="DequeueCount">How many times it has been taken, this time included.</param>
/// <param name="Text">The message text: an order document, plain or base64-encoded.</param>
public sealed record CourtOrderMessage(string MessageId, long DequeueCount, string Text);
