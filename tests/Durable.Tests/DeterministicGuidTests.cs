namespace Durable;

public sealed class DeterministicGuidTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void Create_KnownVector_MatchesRfcVersion5()
    {
        // Act
        var guid = DeterministicGuid.Create(DnsNamespace, "www.example.com");

        // Assert: the well-known version 5 UUID of www.example.com in the DNS namespace.
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), guid);
    }

    [Fact]
    public void Create_SameInputs_SameGuidAndDifferentNamesDiffer()
    {
        // Act
        var first = DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, "order-1_2027-01-04T09:00:00.0000000Z_0");
        var again = DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, "order-1_2027-01-04T09:00:00.0000000Z_0");
        var next = DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, "order-1_2027-01-04T09:00:00.0000000Z_1");

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, next);
    }
}
