namespace Probation.Functions.Engine;

/// <summary>
/// What <see cref="EngineTestOrchestrations.CountEvents"/> carries from one execution to the next: how many "Count"
/// events it expects, has taken, and the sum of their payloads (so a lost event and a doubled one cannot cancel out).
/// </summary>
public sealed record EventTally(int Expected, int Counted, int Sum);
