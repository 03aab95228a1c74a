using System.CommandLine;
using Durable.Bench;

var backend = new Option<string>("--backend")
{
    Description = "The backend to measure.",
    DefaultValueFactory = _ => "inmemory",
};
backend.AcceptOnlyFromAmong("inmemory", "azurestorage");
var scenario = new Option<string>("--scenario")
{
    Description = "Which scenarios to run.",
    DefaultValueFactory = _ => "all",
};
scenario.AcceptOnlyFromAmong("all", "hello", "fanout", "timers");
var orchestrations = new Option<int>("--orchestrations") { Description = "HelloCities5 orchestrations.", DefaultValueFactory = _ => 1000 };
var fanOut = new Option<int>("--fanout") { Description = "Activities in the fan-out.", DefaultValueFactory = _ => 10_000 };
var timers = new Option<int>("--timers") { Description = "Instances waiting on a 16-week timer.", DefaultValueFactory = _ => 100_000 };
var runs = new Option<int>("--runs") { Description = "Repetitions of each throughput measure; the median is reported.", DefaultValueFactory = _ => 5 };
var connection = new Option<string>("--connection")
{
    Description = "The storage connection string for --backend azurestorage (default: AZURE_STORAGE_CONNECTION_STRING, else Azurite).",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true",
};

var root = new RootCommand("Measures the durable runtime: HelloCities5, fan-out/fan-in and long timers.")
{
    backend, scenario, orchestrations, fanOut, timers, runs, connection,
};
root.SetAction((parse, _) => BenchRun.RunAsync(new BenchSettings(
    parse.GetValue(backend)!, parse.GetValue(scenario)!, parse.GetValue(orchestrations), parse.GetValue(fanOut), parse.GetValue(timers), parse.GetValue(runs), parse.GetValue(connection)!)));
return await root.Parse(args).InvokeAsync();
