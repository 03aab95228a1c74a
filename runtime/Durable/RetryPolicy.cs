namespace Durable;

/// <summary>
/// How an orchestration retries a failed activity or sub-orchestration: each retry waits on a durable timer, so a retry
/// schedule survives restarts and is replayed deterministically.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxNumberOfAttempts">Attempts in all, the first included; at least 1.</param>
    /// <param name="firstRetryInterval">The wait before the first retry; positive.</param>
    /// <param name="backoffCoefficient">Each wait is the previous one times this; at least 1.</param>
    /// <param name="maxRetryInterval">The longest wait between attempts; defaults to unbounded.</param>
    /// <param name="retryTimeout">No retry starts later than this after the first attempt; defaults to unbounded.</param>
    public RetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        if (maxRetryInterval is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, firstRetryInterval, nameof(maxRetryInterval));
        }

        if (retryTimeout is { } timeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(retryTimeout));
        }

        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.MaxValue;
        RetryTimeout = retryTimeout ?? TimeSpan.MaxValue;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>The wait before the first retry.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>Each wait is the previous one times this.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>No retry starts later than this after the first attempt.</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>
    /// Decides which failures are retried; <see langword="null"/> retries every failure. Use
    /// <see cref="TaskFailureDetails.IsCausedBy{TException}"/> to choose by exception type.
    /// </summary>
    public Func<TaskFailureDetails, bool>? Handle { get; init; }

    /// <summary>The wait before attempt <paramref name="nextAttempt"/> (2 for the first retry).</summary>
    /// <param name="nextAttempt">The attempt about to be made, from 2.</param>
    /// <returns>The wait.</returns>
    public TimeSpan GetDelayBefore(int nextAttempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nextAttempt, 2);
        var ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, nextAttempt - 2);
        return ticks >= MaxRetryInterval.Ticks ? MaxRetryInterval : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Whether this failure should be retried, by <see cref="Handle"/>.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    public bool ShouldRetry(TaskFailureDetails failure) => Handle?.Invoke(failure) ?? true;
}
