using Probation.Orders.Lifecycle;

namespace Probation.Orders.Simulation;

/// <summary>What a run produced, for the report.</summary>
/// <param name="Raised">Staff events raised into orchestrations.</param>
/// <param name="Refused">Staff events a 409 check turned away before they reached an orchestration.</param>
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
