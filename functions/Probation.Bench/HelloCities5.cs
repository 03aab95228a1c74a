using Microsoft.DurableTask;

namespace Probation.Bench;

/// <summary>The Durable Task samples' baseline: five cities greeted one after another, one activity each.</summary>
internal sealed class HelloCities5 : TaskOrchestrator<string?, string>
{
    private static readonly string[] Cities = ["Tokyo", "Seattle", "London", "Cairo", "Lima"];

    /// <summary>The activities one instance runs.</summary>
    public static int Activities => Cities.Length;

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var greetings = new List<string>(Cities.Length);
        foreach (var city in Cities)
        {
            greetings.Add(await context.CallActivityAsync<string>(nameof(SayHello), city));
        }

        return string.Join(" ", greetings);
    }
}
