namespace Durable;

/// <summary>Options for a call from an orchestration to an activity.</summary>
/// <param name="Retry">The retry policy, or <see langword="null"/> to fail on the first failure.</param>
public record TaskOptions(RetryPolicy? Retry = null);
