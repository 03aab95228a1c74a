using System.Reflection;

namespace Durable;

/// <summary>
/// A failure as it is recorded in history: serializable, so it survives replay and process restarts.
/// </summary>
/// <param name="ErrorType">The full name of the exception type that caused the failure.</param>
/// <param name="ErrorMessage">The exception's message.</param>
/// <param name="StackTrace">The exception's stack trace, if any.</param>
/// <param name="InnerFailure">The failure that caused this one, if any.</param>
public sealed record TaskFailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace,
    TaskFailureDetails? InnerFailure)
{
    /// <summary>Records an exception, with its inner exceptions.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The failure details.</returns>
    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
        var innerFailure = cause switch
        {
            TaskFailedException taskFailed => taskFailed.FailureDetails,
            { InnerException: { } innerException } => FromException(innerException),
            _ => null,
        };
        return new TaskFailureDetails(cause.GetType().FullName ?? cause.GetType().Name, cause.Message, cause.StackTrace, innerFailure);
    }

    /// <summary>
    /// Whether the failure was caused by an exception of type <typeparamref name="TException"/> or a type derived from it.
    /// </summary>
    /// <typeparam name="TException">The exception type to test for.</typeparam>
    /// <returns><see langword="true"/> when the recorded type is, or derives from, <typeparamref name="TException"/>.</returns>
    /// <remarks>
    /// The recorded type is looked up among the loaded assemblies; a type that cannot be found matches only by its exact name.
    /// </remarks>
    public bool IsCausedBy<TException>()
        where TException : Exception
    {
        if (string.Equals(ErrorType, typeof(TException).FullName, StringComparison.Ordinal))
        {
            return true;
        }

        var recorded = FailureTypeResolver.Resolve(ErrorType);
        return recorded is not null && typeof(TException).IsAssignableFrom(recorded);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
