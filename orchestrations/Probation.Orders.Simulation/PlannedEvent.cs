using Probation.Orders.Events;

namespace Probation.Orders.Simulation;

/// <summary>
/// A staff event a simulated case intends to record on <see cref="On"/>. It is dropped then if the duty it serves
/// (<see cref="DutyId"/>) is no longer open, or if it belongs to an earlier period of supervision.
/// </summary>
/// <param name="Sequence">The case's own counter, for a deterministic order within a day.</param>
/// <param name="Period">The supervision period an appointment belongs to; null for anything else.</param>
internal sealed record PlannedEvent(DateOnly On, int OrderIndex, int Sequence, string Name, IStaffEvent Event, string? DutyId = null, int? Period = null);
