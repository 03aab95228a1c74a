using Microsoft.Extensions.Logging;

namespace Probation.Orders;

/// <summary>
/// Every log line of the order domain. Event ids 4000-4099 belong to this project. Messages carry
/// years and counts only: never names, dates of birth, notes or identifiers of people.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information,
        Message = "Loaded {Count} England and Wales bank holidays covering {FirstYear}-{LastYear}")]
    public static partial void BankHolidaysLoaded(ILogger logger, int count, int firstYear, int lastYear);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "No published England and Wales bank holidays for {Year}: using computed dates, which miss any one-off holiday; ship a newer bank-holidays.json")]
    public static partial void ComputedBankHolidaysUsed(ILogger logger, int year);
}
