using System.ComponentModel.DataAnnotations;

namespace AzureStorage.Client;

/// <summary>Retry, timeout and connection settings of a <see cref="StorageClient"/>.</summary>
public sealed class StorageClientOptions
{
    /// <summary>
    /// Attempts per request, the first included. Only transient faults are retried: timeouts, 408, 429,
    /// 500, 502, 503, 504 and connection failures. Default 5.
    /// </summary>
    /// <remarks>
    /// A write whose answer was lost is sent again, as with the Azure SDKs: a retried insert may then
    /// fail with 409 EntityAlreadyExists although the first attempt succeeded.
    /// </remarks>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Base of the jittered exponential backoff between attempts. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap on any single backoff delay. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one attempt, response body included. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Concurrent connections per endpoint. Default 64.</summary>
    [Range(1, 4096)]
    public int MaxConnectionsPerServer { get; set; } = 64;

    /// <summary>
    /// How long a pooled connection lives before it is replaced, so DNS changes are picked up. Default 5 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (BaseDelay > MaxDelay)
        {
            throw new ValidationException($"{nameof(BaseDelay)} ({BaseDelay}) must not exceed {nameof(MaxDelay)} ({MaxDelay}).");
        }
    }
}
