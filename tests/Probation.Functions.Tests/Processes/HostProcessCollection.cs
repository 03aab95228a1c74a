namespace Probation.Functions.Processes;

/// <summary>
/// The tests that run whole host processes under load take turns: together they starve 2 cores and one Azurite, and
/// the engine then redelivers messages it still holds (their visibility runs out), which these tests are not about.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostProcessCollection
{
    public const string Name = "Host processes";
}
