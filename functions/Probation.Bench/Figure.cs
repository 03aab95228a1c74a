namespace Probation.Bench;

/// <summary>One measured figure of a run, found again in the other runs by <paramref name="Key"/>.</summary>
/// <param name="Key">Stable across runs, so runs can be combined into a median.</param>
/// <param name="Label">What the report calls it.</param>
internal sealed record Figure(string Key, string Label, double Value, string Unit, FigureKind Kind);
