namespace Durable;

public sealed class TaskFailureDetailsTests
{
    [Fact]
    public void FromException_WithInnerException_RecordsTypeMessageStackAndCause()
    {
        // Arrange
        Exception thrown;
        try
        {
            throw new InvalidOperationException("outer", new FormatException("inner"));
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        // Act
        var details = TaskFailureDetails.FromException(thrown);

        // Assert
        Assert.Equal("System.InvalidOperationException", details.ErrorType);
        Assert.Equal("outer", details.ErrorMessage);
        Assert.Contains(nameof(FromException_WithInnerException_RecordsTypeMessageStackAndCause), details.StackTrace, StringComparison.Ordinal);
        Assert.Equal("System.FormatException", details.InnerFailure!.ErrorType);
    }

    [Fact]
    public void IsCausedBy_BaseAndUnrelatedTypes_MatchesByInheritance()
    {
        // Arrange
        var details = TaskFailureDetails.FromException(new ArgumentNullException("x"));

        // Act / Assert
        Assert.True(details.IsCausedBy<ArgumentNullException>());
        Assert.True(details.IsCausedBy<ArgumentException>());
        Assert.False(details.IsCausedBy<InvalidOperationException>());
    }
}
