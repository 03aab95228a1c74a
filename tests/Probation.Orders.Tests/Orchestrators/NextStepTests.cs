using Probation.Orders.Calendar;

namespace Probation.Orders.Orchestrators;

public sealed class NextStepTests
{
    private static readonly DateOnly WakeOn = new(2027, 1, 4);

    [Fact]
    public void WakeUp_BusinessTimeMovedPastTheWakeUp_StepsAtTheWakeUpInstant()
    {
        // Arrange
        var now = LondonTime.WakeUpOn(WakeOn).AddDays(16).AddHours(4);

        // Act
        var next = NextStep.WakeUp(WakeOn, now);

        // Assert
        Assert.Equal(new NextStep(null, new DateTime(2027, 1, 4, 6, 0, 0, DateTimeKind.Utc)), next);
    }

    [Fact]
    public void WakeUp_AtTheWakeUpInstant_StepsThen()
    {
        // Arrange
        var now = LondonTime.WakeUpOn(WakeOn);

        // Act
        var next = NextStep.WakeUp(WakeOn, now);

        // Assert
        Assert.Equal(new NextStep(null, now), next);
    }

    [Fact]
    public void WakeUp_EarlyOnTheWakeUpDate_StepsNowNotLater()
    {
        // Arrange
        var now = new DateTime(2027, 1, 4, 0, 30, 0, DateTimeKind.Utc);

        // Act
        var next = NextStep.WakeUp(WakeOn, now);

        // Assert
        Assert.Equal(new NextStep(null, now), next);
    }
}
