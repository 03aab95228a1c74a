namespace Probation.Orders.Simulation;

/// <summary>What to simulate: how many orders, from which seed, over which days.</summary>
/// <param name="IntakeWorkingDays">Orders are sentenced over this many working days from <paramref name="Start"/>.</param>
internal sealed record SimulationSettings(int Orders, int Seed, DateOnly Start, int Days, int IntakeWorkingDays)
{
    /// <summary>The first day not simulated.</summary>
    public DateOnly End => Start.AddDays(Days);
}
