using System.Text.Json;
using Probation.Orders.Events;

namespace Probation.Orders.Orchestrators;

public sealed class StaffEventReaderTests
{
    [Fact]
    public void Read_ApiShapedBody_TheTypedEvent()
    {
        // Arrange
        var body = JsonDocument.Parse("""
            { "eventId": "e1", "staffId": "S0042", "appointmentId": "A1", "date": "2027-01-04", "kind": "Induction", "outcome": "Attended" }
            """).RootElement;

        // Act
        var received = StaffEventReader.Read(new PendingEvent(StaffEventNames.Appointment, body));

        // Assert
        var appointment = Assert.IsType<AppointmentEvent>(received.Event);
        Assert.Equal(("e1", new DateOnly(2027, 1, 4), AppointmentOutcome.Attended), (appointment.EventId.Value, appointment.Date, appointment.Outcome));
        Assert.Null(received.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{ "eventId": "e1", "kind": 7 }""")]
    public void Read_MissingOrWrongBody_NoEventAndTheProblem(string? json)
    {
        // Arrange
        JsonElement? body = json is null ? null : JsonDocument.Parse(json).RootElement;

        // Act
        var received = StaffEventReader.Read(new PendingEvent(StaffEventNames.CustodyEvent, body));

        // Assert
        Assert.Null(received.Event);
        Assert.NotNull(received.Problem);
    }

    [Fact]
    public void Read_NameNoStaffEventHas_NoEventAndTheProblem()
    {
        // Arrange: a termination's body under a name the order does not know.
        var body = JsonDocument.Parse("""
            { "eventId": "e1", "staffId": "S0042", "outcome": "Revoked", "date": "2027-01-04", "reason": "r" }
            """).RootElement;

        // Act
        var received = StaffEventReader.Read(new PendingEvent("Terminate", body));

        // Assert
        Assert.Null(received.Event);
        Assert.Equal("no staff event has this name", received.Problem);
    }

    [Fact]
    public void All_EveryNameOnceWithAStaffEventType()
    {
        // Act
        var names = StaffEventNames.All.Select(e => e.Key).ToList();

        // Assert
        Assert.Equal(10, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(StaffEventNames.All, e => Assert.True(typeof(IStaffEvent).IsAssignableFrom(e.Value), e.Key));
    }
}
