namespace Probation.Bench;

/// <summary>What one <c>bench</c> command runs, as its options give it.</summary>
/// <param name="ConnectionString">The storage account: <c>AZURE_STORAGE_CONNECTION_STRING</c>, else Azurite.</param>
/// <param name="RawCycles">Queue put+get+delete cycles, and table inserts, of the raw measurement.</param>
/// <param name="HelloInstances">HelloCities5 orchestrations (5 activities each).</param>
/// <param name="Orders">Orders posted over HTTP.</param>
/// <param name="Events">Staff events posted over HTTP, spread over the orders.</param>
/// <param name="Rate">Orders posted per second; 0 posts them all at once.</param>
/// <param name="Runs">Runs of each scenario; each figure is the median over them.</param>
/// <param name="Timeout">The longest one scenario may wait for its work to show.</param>
internal sealed record BenchSettings(
    string ConnectionString,
    BenchScenario Scenario,
    int RawCycles,
    int HelloInstances,
    int Orders,
    int Events,
    double Rate,
    int Runs,
    TimeSpan Timeout)
{
    /// <summary>Whether <paramref name="scenario"/> is part of this benchmark.</summary>
    public bool Includes(BenchScenario scenario) => Scenario == BenchScenario.All || Scenario == scenario;
}
