namespace Durable.AzureStorage.TestHost;

/// <summary>
/// "Chain" calls activity "Step" sequentially, each step adding one to the value, and returns the value with the ids of
/// the hosts that ran the steps, so a test can tell which host did which work.
/// </summary>
internal static class ChainOrchestration
{
    public const string Name = "Chain";
    public const string StepName = "Step";

    public static void Register(DurableTaskRegistry registry, string hostId)
    {
        registry.AddOrchestrator<ChainInput, ChainOutput>(Name, async (context, input) =>
        {
            var value = input.Start;
            var hosts = new List<string>(input.Steps);
            for (var step = 0; step < input.Steps; step++)
            {
                var result = await context.CallActivityAsync<StepResult>(StepName, value);
                value = result.Value;
                hosts.Add(result.HostId);
            }

            return new ChainOutput(value, hosts);
        });
        registry.AddActivity<int, StepResult>(StepName, (_, value) => new StepResult(value + 1, hostId));
    }
}
