namespace Probation.Functions.Engine;

/// <summary>The custom status of <see cref="EngineTestOrchestrations.Steps"/>: where it is and what "Go" brought.</summary>
public sealed record ProgressStatus(string Phase, string? Go);
