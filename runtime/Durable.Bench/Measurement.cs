namespace Durable.Bench;

/// <summary>One measured figure: what was measured, how much of it, and how long it took.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Unit">What <paramref name="Count"/> counts, e.g. "activity events".</param>
/// <param name="Count">How many units were processed.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Note">Anything else measured alongside (memory, say).</param>
internal sealed record Measurement(string Scenario, string Unit, long Count, TimeSpan Elapsed, string Note = "")
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
