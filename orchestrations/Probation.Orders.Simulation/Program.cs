using System.CommandLine;
using System.Globalization;
using Probation.Orders.Simulation;
using Spectre.Console;

var orders = new Option<int>("--orders") { Description = "How many orders to simulate", DefaultValueFactory = _ => 10_000 };
var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same figures", DefaultValueFactory = _ => 42 };
var days = new Option<int>("--days") { Description = "How many days to simulate", DefaultValueFactory = _ => 365 };
var start = new Option<DateOnly>("--start") { Description = "The first simulated day", DefaultValueFactory = _ => new DateOnly(2027, 1, 4) };
var intake = new Option<int>("--intake-days") { Description = "Working days over which the orders are sentenced", DefaultValueFactory = _ => 65 };
var simulate = new RootCommand("simulate: orders of the probation service run through a simulated year on the pure order lifecycle")
{
    orders, seed, days, start, intake,
};
simulate.SetAction(parsed =>
{
    var settings = new SimulationSettings(parsed.GetValue(orders), parsed.GetValue(seed), parsed.GetValue(start), parsed.GetValue(days), parsed.GetValue(intake));
    SimulationResult? result = null;
    AnsiConsole.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
        .Start(progress =>
        {
            var task = progress.AddTask(string.Create(CultureInfo.InvariantCulture, $"{settings.Orders:N0} orders, {settings.Days} days"), maxValue: settings.Days);
            result = new SimulationRunner(settings).Run(day => task.Value = day);
        });
    SimulationReport.Write(AnsiConsole.Console, result!);
    return 0;
});
return simulate.Parse(args).Invoke();
