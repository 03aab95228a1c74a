using Probation.Orders.Enforcement;
using Probation.Orders.Lifecycle;
using Probation.Orders.Tiering;

namespace Probation.Orders.Views;

public sealed class OrderStatusTests
{
    [Fact]
    public void Of_OpenAndClosedDuties_NextDueIsTheEarliestOpenOne()
    {
        // Arrange
        Duty[] duties =
        [
            new("T-ALLOC:1", "T-ALLOC", new DateOnly(2027, 1, 1), "r", DutyState.Met, new DateOnly(2027, 1, 1)),
            new("T-PLAN:2", "T-PLAN", new DateOnly(2027, 1, 20), "r", DutyState.Open, null),
            new("T-FIRST:3", "T-FIRST", new DateOnly(2027, 1, 8), "r", DutyState.Open, null),
        ];
        var state = new OrderState(OrderPhase.Community, new Tier(2, "r", false), null, duties, [], EnforcementRecord.Empty, [], [], null, null, [], 3, 0, 0);

        // Act
        var status = OrderStatus.Of(state);

        // Assert
        Assert.Equal(new OrderStatus(OrderPhase.Community, 2, new NextDuty("T-FIRST", new DateOnly(2027, 1, 8))), status);
    }
}
