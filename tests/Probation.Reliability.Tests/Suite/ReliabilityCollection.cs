namespace Probation.Reliability.Suite;

/// <summary>
/// Every part of the suite runs in turn on one private Azurite: together they would starve 2 cores, and the figures
/// of one part would then measure the others.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<PrivateAzurite>
{
    public const string Name = "Reliability";
}
