using Probation.Orders.Lifecycle;

namespace Probation.Orders.Simulation;

/// <summary>What a run produced, for the report.</summary>
/// <param name="Raised">Staff events applied to orders.</param>
/// <param name="Refused">Staff events staff no longer recorded, or that a 409 check turned away before they reached the order.</param>
internal sealed record SimulationResult(
    SimulationSettings Settings,
    IReadOnlyList<ComplianceRow> Compliance,
    IReadOnlyDictionary<OrderPhase, int> Phases,
    long Raised,
    long Refused,
    SimulatedStore Store,
    TimeSpan WallTime,
    long PeakWorkingSetBytes,
    long PeakManagedHeapBytes);
