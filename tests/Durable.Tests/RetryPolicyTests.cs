namespace Durable;

public sealed class RetryPolicyTests
{
    [Fact]
    public void GetDelayBefore_ExponentialBackoff_GrowsByTheCoefficientUpToTheMaximum()
    {
        // Arrange
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30));

        // Act
        var delays = Enumerable.Range(2, 5).Select(policy.GetDelayBefore).ToList();

        // Assert
        Assert.Equal([5, 10, 20, 30, 30], delays.Select(d => d.TotalSeconds));
    }

    [Theory]
    [InlineData(0, 1, 1.0)]
    [InlineData(3, 0, 1.0)]
    [InlineData(3, 1, 0.5)]
    public void Constructor_OutOfRangeValues_AreRefused(int attempts, int firstIntervalSeconds, double coefficient)
    {
        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new RetryPolicy(attempts, TimeSpan.FromSeconds(firstIntervalSeconds), coefficient));
    }

    [Fact]
    public void ShouldRetry_WithHandle_RetriesOnlyTheChosenFailures()
    {
        // Arrange
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(1)) { Handle = f => f.IsCausedBy<TimeoutException>() };

        // Act / Assert
        Assert.True(policy.ShouldRetry(TaskFailureDetails.FromException(new TimeoutException())));
        Assert.False(policy.ShouldRetry(TaskFailureDetails.FromException(new InvalidOperationException())));
    }
}
