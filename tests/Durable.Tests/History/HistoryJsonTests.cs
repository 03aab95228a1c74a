namespace Durable.History;

public sealed class HistoryJsonTests
{
    [Fact]
    public void SerializeThenDeserialize_EveryEventType_RoundTripsExactly()
    {
        // Arrange
        var at = new DateTime(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc);
        var failure = new TaskFailureDetails("System.InvalidOperationException", "no", "at X", null);
        HistoryEvent[] history =
        [
            new OrchestratorStartedEvent(-1, at),
            new ExecutionStartedEvent(-1, at, "Order", "e1", "{\"a\":1}", 2, new ParentInstance("Parent", "p1", "pe", 4)),
            new TaskScheduledEvent(0, at, "Send", "\"x\""),
            new TaskCompletedEvent(-1, at, 0, "\"y\""),
            new TaskFailedEvent(-1, at, 0, failure),
            new TimerCreatedEvent(1, at, at.AddDays(5)),
            new TimerFiredEvent(-1, at.AddDays(5), 1, at.AddDays(5)),
            new SubOrchestrationInstanceCreatedEvent(2, at, "Child", "c1", null),
            new SubOrchestrationInstanceCompletedEvent(-1, at, 2, "3"),
            new SubOrchestrationInstanceFailedEvent(-1, at, 2, failure),
            new EventSentEvent(3, at, "other", "Ping", null),
            new EventRaisedEvent(-1, at, "Appointment", "{}"),
            new ExecutionSuspendedEvent(-1, at, "pause"),
            new ExecutionResumedEvent(-1, at, null),
            new ExecutionTerminatedEvent(-1, at, "revoked"),
            new ContinueAsNewEvent(-1, at, "5"),
            new ExecutionCompletedEvent(-1, at, OrchestrationRuntimeStatus.Completed, "\"done\"", null),
            new OrchestratorCompletedEvent(-1, at),
        ];

        // Act
        var json = HistoryJson.Serialize(history);
        var read = HistoryJson.Deserialize(json);

        // Assert
        Assert.Equal(history, read);
        Assert.Equal(Enum.GetValues<EventType>().Length, read.Select(e => e.EventType).Distinct().Count());
        Assert.Contains("\"eventType\": \"TaskScheduled\"", json, StringComparison.Ordinal);
    }
}
