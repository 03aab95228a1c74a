namespace Probation.Functions.Orders;

/// <summary>A court-orders message set aside, with why: the body of a <c>court-orders-poison</c> message.</summary>
/// <param name="MessageId">The original message's id.</param>
/// <param name="DequeueCount">How many times it was taken.</param>
/// <param name="Reason">Why it could not be handled (its first 1,000 characters when the rest is stored aside).</param>
/// <param name="Message">The original message text, unchanged; null when stored aside.</param>
/// <param name="StoredIn">
/// Null, or the table that holds the whole reason and the original text (row: partition = <paramref name="MessageId"/>,
/// row key empty) because together they would not fit in a queue message.
/// </param>
public sealed record PoisonedCourtOrder(string MessageId, long DequeueCount, string Reason, string? Message, string? StoredIn = null);
