namespace Durable;

/// <summary>The root of the exceptions the durable runtime throws for its own reasons.</summary>
public abstract class DurableRuntimeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected DurableRuntimeException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
