using System.Globalization;
using Spectre.Console;

namespace Probation.Bench;

/// <summary>
/// Prints the figures, each beside the raw queue cycle of (a): a rate as a share of raw cycles per second, a time as a
/// number of raw cycles, a request count against the 3 requests of one raw cycle; then the goals and the notes.
/// </summary>
internal static class BenchReport
{
    private const double RequestsPerRawCycle = 3;

    public static void Write(IAnsiConsole console, BenchSettings settings, BenchContext context, IReadOnlyList<Figure> figures, IReadOnlyList<string> notes)
    {
        console.WriteLine();
        console.WriteLine(context.Describe(settings));
        var raw = figures.FirstOrDefault(f => f.Key == FigureKeys.RawQueueCycles)?.Value;
        var table = new Table().AddColumn("Figure").AddColumn("Value", c => c.RightAligned()).AddColumn("vs (a) raw queue cycle", c => c.RightAligned());
        foreach (var figure in figures)
        {
            table.AddRow(Markup.Escape(figure.Label), Markup.Escape(Value(figure)), Markup.Escape(Ratio(figure, raw)));
        }

        console.Write(table);
        var goals = new Table().AddColumn("Goal").AddColumn("Measured", c => c.RightAligned()).AddColumn("Result");
        foreach (var goal in BenchGoals.Check(figures, settings))
        {
            var result = goal.Met switch { true => "[green]met[/]", false => "[red]not met[/]", null => "not measured" };
            goals.AddRow(Markup.Escape(goal.Goal), Markup.Escape(goal.Measured), result);
        }

        console.Write(goals);
        foreach (var note in notes)
        {
            console.WriteLine(note);
        }

        console.WriteLine("Other builds and tests may be running on the same cores and the same Azurite: figures move with them.");
    }

    private static string Value(Figure figure) => figure.Kind == FigureKind.Requests
        ? Invariant($"{figure.Value:N2} {figure.Unit}")
        : Invariant($"{figure.Value:N1} {figure.Unit}");

    private static string Ratio(Figure figure, double? raw) => (figure.Kind, raw) switch
    {
        (_, null) => "no (a) in this run",
        (FigureKind.Throughput, _) when figure.Key == FigureKeys.RawQueueCycles => "baseline",
        (FigureKind.Throughput, { } cycles) => Invariant($"{figure.Value / cycles:N3}× the rate"),
        (FigureKind.Latency, { } cycles) => Invariant($"{figure.Value / (1000 / cycles):N1} cycles' time"),
        (FigureKind.Requests, _) => Invariant($"{figure.Value / RequestsPerRawCycle:N2}× a cycle's 3 requests"),
        _ => string.Empty,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
