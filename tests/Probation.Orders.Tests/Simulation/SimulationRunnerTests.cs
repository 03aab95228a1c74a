using Probation.Orders.Rules;

namespace Probation.Orders.Simulation;

public sealed class SimulationRunnerTests
{
    [Fact]
    public void Run_SameSeedTwice_IdenticalTableAndFigures()
    {
        // Arrange
        var settings = AYearOf(orders: 200, seed: 42);

        // Act
        var first = new SimulationRunner(settings).Run(_ => { });
        var second = new SimulationRunner(settings).Run(_ => { });

        // Assert
        Assert.Equal(first.Compliance, second.Compliance);
        Assert.Equal(first.Phases.OrderBy(p => p.Key), second.Phases.OrderBy(p => p.Key));
        Assert.Equal(Figures(first), Figures(second));
    }

    [Fact]
    public void Run_TwoHundredOrdersOverAYear_EveryRuleButTheYearlyCustodyContactFallsDueAndIsMostlyMetOnTime()
    {
        // Arrange
        var settings = AYearOf(orders: 200, seed: 42);

        // Act
        var result = new SimulationRunner(settings).Run(_ => { });

        // Assert
        var rows = result.Compliance.Where(r => r.RuleId != RuleIds.OffenderManagerContact).ToList();
        Assert.Equal(RuleIds.All.Count - 1, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(row.OnTime > 0, $"{row.RuleId}: nothing met on time");
            Assert.Equal(row.Due, row.OnTime + row.Late + row.Missed);
            Assert.InRange(row.OnTimePercent!.Value, 20, 100);
        });

        // The first yearly contact falls due a year after sentence: after the run's last day.
        Assert.Equal(0, result.Compliance.Single(r => r.RuleId == RuleIds.OffenderManagerContact).Due);
    }

    [Fact]
    public void Run_TwoHundredOrdersOverAYear_SendsEveryKindAndTheOrdersRejectNothingStaffChecked()
    {
        // Arrange
        var settings = AYearOf(orders: 200, seed: 42);

        // Act
        var result = new SimulationRunner(settings).Run(_ => { });

        // Assert
        var store = result.Store;
        Assert.All(Enum.GetValues<ReminderKind>(), kind => Assert.True(store.RemindersOf(kind) > 0, $"no {kind} reminders"));
        Assert.True(store.Letters > 0 && store.Notices > 0 && store.Resolved > 0 && result.Raised > 0);
        Assert.True(store.Publications > result.Raised, "every applied event and the arrivals publish a view");
        Assert.Equal(0, store.Rejected);
    }

    [Fact]
    public void Run_ThirtyDays_ReportsEachDayOnceInOrder()
    {
        // Arrange
        var settings = AYearOf(orders: 20, seed: 1) with { Days = 30 };
        var days = new List<int>();

        // Act
        new SimulationRunner(settings).Run(days.Add);

        // Assert
        Assert.Equal(Enumerable.Range(1, 30), days);
    }

    private static SimulationSettings AYearOf(int orders, int seed) => new(orders, seed, new DateOnly(2027, 1, 4), 365, 65);

    private static long[] Figures(SimulationResult result) =>
    [
        result.Raised, result.Refused, result.Store.RemindersOf(ReminderKind.Created), result.Store.RemindersOf(ReminderKind.DueSoon),
        result.Store.RemindersOf(ReminderKind.Overdue), result.Store.Resolved, result.Store.Letters, result.Store.Notices,
        result.Store.Publications, result.Store.Rejected,
    ];
}
