using Probation.Orders.Calendar;

namespace Probation.Orders.Simulation;

/// <summary>What every simulated case shares: the dice, the calendar, the agenda and the settings.</summary>
internal sealed record SimulationWorld(Dice Dice, WorkingDayCalendar Calendar, Agenda Agenda, SimulationSettings Settings, OrderFactory Factory);
