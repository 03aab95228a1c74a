namespace Durable.Testing;

/// <summary>The orchestrator whose recorded histories are checked in under Histories/.</summary>
internal static class GoldenOrchestrations
{
    public const string InstanceId = "golden-greeter";

    public static void Register(DurableTaskRegistry tasks, string secondCity = "Seattle") => tasks
        .AddActivity<string, string>("SayHello", (_, city) => $"Hello {city}!")
        .AddOrchestrator<string, string>("Greeter", async (context, firstCity) =>
        {
            var first = await context.CallActivityAsync<string>("SayHello", firstCity);
            var second = await context.CallActivityAsync<string>("SayHello", secondCity);
            await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
            var ack = await context.WaitForExternalEvent<string>("Ack");
            return $"{first} {second} {ack}";
        });
}
