using Microsoft.Extensions.Logging;
using Probation.Orders.Lifecycle;

namespace Probation.Orders;

/// <summary>
/// Every log line of the order domain. Event ids 4000-4099 belong to this project. Messages carry order ids, event
/// names, phases, years and counts only: never names, dates of birth, notes, free-text reasons or identifiers of
/// people. Orchestrators log through the replay-safe logger, so each line appears once.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information,
        Message = "Loaded {Count} England and Wales bank holidays covering {FirstYear}-{LastYear}")]
    public static partial void BankHolidaysLoaded(ILogger logger, int count, int firstYear, int lastYear);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "No published England and Wales bank holidays for {Year}: using computed dates, which miss any one-off holiday; ship a newer bank-holidays.json")]
    public static partial void ComputedBankHolidaysUsed(ILogger logger, int year);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Order {OrderId} started in phase {Phase} at tier {Tier}")]
    public static partial void OrderStarted(ILogger logger, string orderId, OrderPhase phase, int tier);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Order {OrderId} applied a {EventName} event; phase {Phase}")]
    public static partial void StaffEventApplied(ILogger logger, string orderId, string eventName, OrderPhase phase);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Debug, Message = "Order {OrderId} ignored a repeated {EventName} event id")]
    public static partial void StaffEventRepeated(ILogger logger, string orderId, string eventName);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Order {OrderId} rejected a {EventName} event: {Reason}")]
    public static partial void StaffEventRejected(ILogger logger, string orderId, string eventName, string reason);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Debug, Message = "Order {OrderId} woke up and sent {Count} reminders")]
    public static partial void OrderWokeUp(ILogger logger, string orderId, int count);

    [LoggerMessage(EventId = 4015, Level = LogLevel.Information, Message = "Order {OrderId} ended: {Outcome}")]
    public static partial void OrderEnded(ILogger logger, string orderId, OrderOutcomeKind outcome);
}
