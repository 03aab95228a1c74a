using System.Globalization;
using Probation.Orders.Rules;
using Spectre.Console;

namespace Probation.Orders.Simulation;

/// <summary>Prints a run's National Standards compliance table and its cost.</summary>
internal static class SimulationReport
{
    public static void Write(IAnsiConsole console, SimulationResult result)
    {
        var settings = result.Settings;
        var table = new Table().Title($"National Standards compliance, {Iso(settings.Start)} to {Iso(settings.End.AddDays(-1))}")
            .AddColumns("Rule", "Due", "Met on time", "Late", "Missed", "% on time");
        foreach (var row in result.Compliance.Where(r => r.Due > 0))
        {
            table.AddRow(row.RuleId, N(row.Due), N(row.OnTime), N(row.Late), N(row.Missed), row.OnTimePercent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "-");
        }

        console.Write(table);
        var store = result.Store;
        console.MarkupLine(Invariant($"Orders: {N(settings.Orders)} (seed {settings.Seed}); at the end: {string.Join(", ", result.Phases.OrderBy(p => p.Key).Select(p => $"{p.Key} {N(p.Value)}"))}"));
        console.MarkupLine(Invariant($"Staff events raised: {N(result.Raised)}; refused with 409 before reaching the order: {N(result.Refused)}; rejected by the order: {N(store.Rejected)}"));
        console.MarkupLine(Invariant($"Reminders: created {N(store.RemindersOf(ReminderKind.Created))}, due soon {N(store.RemindersOf(ReminderKind.DueSoon))}, overdue {N(store.RemindersOf(ReminderKind.Overdue))}; duties resolved {N(store.Resolved)}"));
        console.MarkupLine(Invariant($"Warning letters: {N(store.Letters)}; staff notices: {N(store.Notices)}; view publications: {N(store.Publications)}"));
        console.MarkupLine(Invariant($"Wall time: [bold]{result.WallTime.TotalSeconds:0.0} s[/]; peak working set {result.PeakWorkingSetBytes / 1048576.0:0} MiB; peak managed heap seen {result.PeakManagedHeapBytes / 1048576.0:0} MiB; {Environment.ProcessorCount} cores"));
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
