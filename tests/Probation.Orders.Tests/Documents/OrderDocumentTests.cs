using Probation.Orders.Support;

namespace Probation.Orders.Documents;

public sealed class OrderDocumentTests
{
    [Fact]
    public void Equals_SameContentInNewLists_True()
    {
        var first = Samples.CommunityOrder();
        var second = Samples.CommunityOrder();

        var equal = first.Equals(second);

        Assert.True(equal);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentRequirementHours_False()
    {
        var first = Samples.CommunityOrder();
        var second = first with { Requirements = [new Requirement(RequirementType.Supervision), new Requirement(RequirementType.UnpaidWork, 121)] };

        var equal = first.Equals(second);

        Assert.False(equal);
    }

    [Fact]
    public void Requirements_NotGiven_Empty()
    {
        var order = new OrderDocument(default, null!, null!, default, OrderType.Custody, null, null, null!);

        var requirements = order.Requirements;

        Assert.Empty(requirements);
    }
}
