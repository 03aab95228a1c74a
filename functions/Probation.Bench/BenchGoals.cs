using System.Globalization;

namespace Probation.Bench;

/// <summary>The benchmark's three goals, checked against the figures of one bench command.</summary>
internal static class BenchGoals
{
    private const double ShareOfHello = 0.5;
    private const double MaxRequestsPerActivity = 3;
    private const double MaxIntakeP99Milliseconds = 200;
    private const double IntakeRate = 10;

    public static IReadOnlyList<GoalResult> Check(IReadOnlyList<Figure> figures, BenchSettings settings)
    {
        double? Value(string key) => figures.FirstOrDefault(f => f.Key == key)?.Value;
        var hello = Value(FigureKeys.HelloActivityEvents);
        var events = Value(FigureKeys.StaffEvents);
        var requests = Value(FigureKeys.HelloRequestsPerActivity);
        var intake = Value(FigureKeys.OrderIntakeP99);
        return
        [
            new GoalResult(
                "Business events/s (the staff event burst) ≥ 50 % of HelloCities5's activity events/s",
                hello is { } h && events is { } e ? Invariant($"{e:N1} vs {h:N1} events/s: {e / h:P0}") : "not measured",
                hello is null || events is null ? null : events >= ShareOfHello * hello),
            new GoalResult(
                "≤ 3 storage requests per activity event (HelloCities5)",
                requests is { } r ? Invariant($"{r:N2} requests") : "not measured",
                requests is null ? null : requests <= MaxRequestsPerActivity),
            new GoalResult(
                "Order intake p99 under 200 ms at 10 orders/s",
                intake is { } i ? Invariant($"{i:N0} ms at {(settings.Rate > 0 ? Invariant($"{settings.Rate:0.##} orders/s") : "all at once")}") : "not measured",
                intake is null || settings.Rate != IntakeRate ? null : intake < MaxIntakeP99Milliseconds),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
