namespace Probation.Orders;

/// <summary>
/// The root of the errors the order domain raises for its own reasons; the HTTP layer maps them to
/// 409 (the request contradicts the order's state), never to 500.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected DomainException(string message)
        : base(message)
    {
    }
}
