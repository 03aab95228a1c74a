namespace Probation.Orders.Simulation;

/// <summary>One thing that happens to order <see cref="OrderIndex"/> on <see cref="On"/>.</summary>
/// <param name="Planned">The staff event, when <see cref="Slot"/> is <see cref="AgendaSlot.StaffEvent"/>.</param>
internal sealed record AgendaEntry(DateOnly On, AgendaSlot Slot, int OrderIndex, PlannedEvent? Planned = null);
