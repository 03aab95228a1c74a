namespace Probation.Orders.Calendar;

/// <summary>
/// A bank-holiday file that cannot be used; raised at start-up so a bad file never reaches a due date.
/// </summary>
public sealed class BankHolidayDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BankHolidayDataException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
