namespace Probation.FunctionApp.Orders;

/// <summary>
/// Tells the Functions host that a court-orders message failed for a transient reason, so that it leaves the message
/// on the queue to come back; the handler has logged the cause.
/// </summary>
public sealed class CourtOrderRetryException(string messageId, long dequeueCount)
    : Exception($"Court-orders message {messageId} failed on attempt {dequeueCount}; it will be retried.");
