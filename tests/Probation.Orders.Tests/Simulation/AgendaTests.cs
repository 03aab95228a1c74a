using Probation.Orders.Events;
using Probation.Orders.Support;

namespace Probation.Orders.Simulation;

public sealed class AgendaTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public void TryTake_OneDayAddedInAnyOrder_WakeUpsThenArrivalsThenStaffEvents()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Planned(Monday, orderIndex: 0, sequence: 1));
        agenda.Arrive(1, Monday);
        agenda.WakeUp(2, Monday);

        // Act
        var taken = TakeAll(agenda);

        // Assert
        Assert.Equal([(AgendaSlot.WakeUp, 2), (AgendaSlot.Arrival, 1), (AgendaSlot.StaffEvent, 0)], taken.Select(e => (e.Slot, e.OrderIndex)));
    }

    [Fact]
    public void TryTake_StaffEventsOverTwoDays_ByDateThenOrderThenTheOrdersOwnSequence()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.Add(Planned(Monday.AddDays(1), orderIndex: 0, sequence: 1));
        agenda.Add(Planned(Monday, orderIndex: 1, sequence: 3));
        agenda.Add(Planned(Monday, orderIndex: 1, sequence: 2));
        agenda.Add(Planned(Monday, orderIndex: 0, sequence: 4));

        // Act
        var taken = TakeAll(agenda);

        // Assert
        Assert.Equal(
            [(Monday, 0, 4), (Monday, 1, 2), (Monday, 1, 3), (Monday.AddDays(1), 0, 1)],
            taken.Select(e => (e.On, e.OrderIndex, e.Planned!.Sequence)));
    }

    [Fact]
    public void WakeUp_BookedAgainForALaterDate_OnlyTheLaterWakeUpIsTaken()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.WakeUp(0, Monday);

        // Act
        agenda.WakeUp(0, Monday.AddDays(3));

        // Assert
        Assert.Equal([Monday.AddDays(3)], TakeAll(agenda).Select(e => e.On));
    }

    [Fact]
    public void WakeUp_BookedTwiceForTheSameDate_TakenOnce()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.WakeUp(0, Monday);

        // Act
        agenda.WakeUp(0, Monday);

        // Assert
        Assert.Single(TakeAll(agenda));
    }

    [Fact]
    public void WakeUp_NoDate_TheBookedWakeUpIsNotTaken()
    {
        // Arrange
        var agenda = new Agenda();
        agenda.WakeUp(0, Monday);

        // Act
        agenda.WakeUp(0, null);

        // Assert
        Assert.Empty(TakeAll(agenda));
    }

    private static PlannedEvent Planned(DateOnly on, int orderIndex, int sequence) =>
        new(on, orderIndex, sequence, StaffEventNames.Review, StaffEvents.Review(on));

    private static List<AgendaEntry> TakeAll(Agenda agenda)
    {
        var taken = new List<AgendaEntry>();
        while (agenda.TryTake(out var entry))
        {
            taken.Add(entry);
        }

        return taken;
    }
}
