using Probation.Orders.Calendar;

namespace Probation.Orders.Simulation;

/// <summary>What every simulated case shares: the dice, the calendar, the day book and the settings.</summary>
internal sealed record SimulationWorld(Dice Dice, WorkingDayCalendar Calendar, ActionBook Book, SimulationSettings Settings, OrderFactory Factory);
