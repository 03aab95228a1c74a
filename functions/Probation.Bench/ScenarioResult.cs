namespace Probation.Bench;

/// <summary>The figures of one run of one scenario, and what the reader needs to know to read them.</summary>
/// <param name="Notes">Settings and counts behind the figures (e.g. the engine's settings, instances that failed).</param>
internal sealed record ScenarioResult(IReadOnlyList<Figure> Figures, IReadOnlyList<string> Notes);
