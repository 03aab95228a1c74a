using Probation.Orders.Support;

namespace Probation.Orders.Documents;

public sealed class PersonTests
{
    [Fact]
    public void ToString_Person_ShowsOnlyTheCrn()
    {
        var person = Samples.CommunityOrder().Person;

        var text = person.ToString();

        Assert.Equal("Person { Crn = X123456 }", text);
    }
}
