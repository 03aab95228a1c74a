namespace Durable.Bench;

/// <summary>What the command line asked for.</summary>
internal sealed record BenchSettings(string Backend, string Scenario, int Orchestrations, int FanOut, int Timers, int Runs, string ConnectionString)
{
    public bool Includes(string name) => Scenario is "all" || Scenario == name;
}
