using System.CommandLine;
using Spectre.Console;

namespace Probation.Bench;

/// <summary>
/// <c>bench</c>: the raw ceiling of the storage account, HelloCities5 on the host's engine wiring, and the order
/// workload over HTTP on the real host, with the storage requests each business event costs.
/// </summary>
internal static class Program
{
    private const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";
    private const string Azurite = "UseDevelopmentStorage=true";
    private const int RedirectedWidth = 160;

    public static Task<int> Main(string[] args)
    {
        var orders = AtLeastOne(new Option<int>("--orders") { Description = "Orders posted over HTTP", DefaultValueFactory = _ => 100 });
        var events = AtLeastOne(new Option<int>("--events") { Description = "Staff events posted over HTTP, round the orders", DefaultValueFactory = _ => 100 });
        var rate = new Option<double>("--rate") { Description = "Orders posted per second; 0 posts them all at once", DefaultValueFactory = _ => 10 };
        var hello = AtLeastOne(new Option<int>("--hello") { Description = "HelloCities5 orchestrations", DefaultValueFactory = _ => 300 });
        var raw = AtLeastOne(new Option<int>("--raw") { Description = "Raw queue cycles and table inserts per measurement", DefaultValueFactory = _ => 1000 });
        var scenario = new Option<BenchScenario>("--scenario") { Description = "all, raw, hello or orders", DefaultValueFactory = _ => BenchScenario.All };
        var runs = AtLeastOne(new Option<int>("--runs") { Description = "Runs of each scenario; figures are their medians", DefaultValueFactory = _ => 1 });
        var timeout = new Option<TimeSpan>("--timeout") { Description = "How long a scenario waits for its work to show", DefaultValueFactory = _ => TimeSpan.FromMinutes(10) };
        rate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() < 0)
            {
                result.AddError("--rate must be 0 or more.");
            }
        });
        var bench = new RootCommand("bench: storage ceiling, HelloCities5 and the order workload on Azurite (or AZURE_STORAGE_CONNECTION_STRING)")
        {
            orders, events, rate, hello, raw, scenario, runs, timeout,
        };
        bench.SetAction((parsed, cancellationToken) =>
        {
            var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured ? configured : Azurite;
            var settings = new BenchSettings(
                connectionString, parsed.GetValue(scenario), parsed.GetValue(raw), parsed.GetValue(hello), parsed.GetValue(orders),
                parsed.GetValue(events), parsed.GetValue(rate), parsed.GetValue(runs), parsed.GetValue(timeout));
            return new BenchRunner(settings, TimeProvider.System, Console()).RunAsync(cancellationToken);
        });
        // Ctrl+C or SIGTERM cancels the run; the hosts then stop and the task hubs are deleted, which takes longer than
        // the 2 seconds System.CommandLine waits by default before it ends the process.
        return bench.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(1) });
    }

    /// <summary>The terminal; when the output goes to a file, plain text wide enough that the report's rows stay on one line.</summary>
    private static IAnsiConsole Console()
    {
        var console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
            console.Profile.Capabilities.Ansi = false;
            console.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
        }

        return console;
    }

    private static Option<int> AtLeastOne(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{option.Name} must be at least 1.");
            }
        });
        return option;
    }
}
