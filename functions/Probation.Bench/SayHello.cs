using Microsoft.DurableTask;

namespace Probation.Bench;

/// <summary>HelloCities5's activity: no I/O, so what is measured is the engine and its storage.</summary>
internal sealed class SayHello : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"Hello {input}!");
}
