using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Simulation;

public sealed class SimulatedOrderTests
{
    [Fact]
    public void Start_CommunityOrder_PublishesItsViewToTheCaseAndBooksTheFirstWakeUp()
    {
        // Arrange
        var (order, store, agent) = Simulated(Samples.CommunityOrder());

        // Act
        order.Start(AtTen(new DateOnly(2026, 12, 23)));

        // Assert
        Assert.Equal((1, OrderPhase.Community), (store.Publications, agent.Latest!.Phase));
        Assert.True(store.RemindersOf(ReminderKind.Created) > 0);
        Assert.Equal(new DateOnly(2026, 12, 30), order.NextWakeOn);
    }

    [Fact]
    public void Receive_AppointmentAfterTheFirstAppointmentWentOverdueWithNoWakeUpBetween_TheDueWakeUpEscalatesFirst()
    {
        // Arrange
        var (order, store, agent) = Simulated(Samples.CommunityOrder());
        order.Start(AtTen(new DateOnly(2026, 12, 23)));
        var heldOn = new DateOnly(2027, 1, 6);

        // Act
        order.Receive(StaffEventNames.Appointment, StaffEvents.Appointment("A1", heldOn), AtTen(heldOn));

        // Assert
        Assert.Equal(1, store.RemindersOf(ReminderKind.Overdue));
        Assert.Equal(DutyState.MetLate, agent.Latest!.Duties.Single(d => d.RuleId == RuleIds.FirstAppointment).State);
    }

    [Fact]
    public void WakeUp_NothingDueYet_TakesNoStep()
    {
        // Arrange
        var (order, store, _) = Simulated(Samples.CommunityOrder());
        order.Start(AtTen(new DateOnly(2026, 12, 23)));

        // Act
        order.WakeUp(LondonTime.WakeUpOn(new DateOnly(2026, 12, 29)));

        // Assert
        Assert.Equal((1, 0L), (store.Publications, store.RemindersOf(ReminderKind.DueSoon)));
    }

    [Fact]
    public void NextWakeOn_OrderTerminated_NoneAsTheOrchestrationHasCompleted()
    {
        // Arrange
        var (order, _, _) = Simulated(Samples.CommunityOrder());
        order.Start(AtTen(new DateOnly(2026, 12, 23)));
        var on = new DateOnly(2027, 1, 11);

        // Act
        order.Receive(StaffEventNames.Termination, StaffEvents.Termination(TerminationOutcome.Terminated, on), AtTen(on));

        // Assert
        Assert.Null(order.NextWakeOn);
    }

    private static (SimulatedOrder Order, SimulatedStore Store, CaseAgent Agent) Simulated(OrderDocument document)
    {
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var settings = new SimulationSettings(1, 1, document.SentenceDate, 365, 1);
        var dice = new Dice(settings.Seed);
        var world = new SimulationWorld(dice, calendar, new Agenda(), settings, new OrderFactory(dice, calendar, settings));
        var agent = new CaseAgent(0, document, world);
        var store = new SimulatedStore(new Dictionary<string, CaseAgent> { [document.OrderId.Value] = agent });
        return (new SimulatedOrder(document, calendar, store), store, agent);
    }

    private static DateTime AtTen(DateOnly date) => date.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
}
