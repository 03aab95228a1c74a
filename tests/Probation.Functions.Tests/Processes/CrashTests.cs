using System.Text.Json;
using System.Net;
using Probation.Functions.Orders;
using Probation.Functions.Reminders;
using Xunit.Abstractions;

namespace Probation.Functions.Processes;

/// <summary>The host killed with SIGKILL while orders are in flight, and started again on the same task hub.</summary>
[Collection(HostProcessCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Orders = 100;
    private const string StaffId = "S0042";

    private readonly TestTaskHub _hub = TestTaskHub.New();

    [Fact]
    public async Task HostKilledMidFlight_RestartedHostBringsEveryOrderToTheUncrashedStateWithEachReminderStoredOnceAndNoneLost()
    {
        // Arrange: 100 orders taken by the first host, which is killed as soon as the last is accepted.
        var orderIds = Enumerable.Range(0, Orders).Select(i => $"ORD-2026-{700_000 + i}").ToList();
        await using (var first = await ServiceHost.StartAsync(_hub.Settings))
        {
            using var courts = first.CreateClient(FunctionAppFactory.FunctionKey);
            foreach (var orderId in orderIds)
            {
                using var accepted = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));
                Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            }

            first.Kill();
        }

        // Act: a new host on the hub, and one order of the same kind that no crash touches, to compare with.
        await using var second = await ServiceHost.StartAsync(_hub.Settings);
        using var staff = second.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = second.CreateClient(FunctionAppFactory.SystemKey);
        const string control = "ORD-2026-799999";
        (await staff.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(control))).EnsureSuccessStatusCode();
        foreach (var orderId in orderIds.Append(control))
        {
            try
            {
                await Eventually.TrueAsync(() => HubState.IsIdleAsync(system, orderId), seconds: 180);
            }
            catch (Xunit.Sdk.XunitException)
            {
                // What the stuck order and the host say, for whoever reads the failure.
                output.WriteLine(await system.GetStringAsync($"/runtime/webhooks/durabletask/instances/order-{orderId}?showHistory=true&showInput=false"));
                foreach (var line in second.Output.Where(l => l.Contains(orderId, StringComparison.Ordinal) || l.StartsWith("fail", StringComparison.Ordinal)).TakeLast(80))
                {
                    output.WriteLine(line);
                }

                throw;
            }
        }

        var expected = await HubState.DutiesAsync(staff, control);
        var reminders = await HubState.RemindersAsync(staff, StaffId);
        var expectedReminders = RemindersOf(reminders, control);
        Assert.NotEmpty(expectedReminders);

        // Assert: every order as the uncrashed one is; every reminder stored once and queued, none lost.
        foreach (var orderId in orderIds)
        {
            Assert.Equal(expected, await HubState.DutiesAsync(staff, orderId));
            Assert.Equal(expectedReminders, RemindersOf(reminders, orderId));
        }

        var stored = reminders.Select(r => r.GetProperty("reminderId").GetString()!).ToList();
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        var queued = new List<string>();
        var notifications = new StaffNotificationQueue(_hub.StaffNotificationsQueue);
        await Eventually.TrueAsync(
            async () =>
            {
                queued.AddRange((await notifications.TakeAllAsync()).Select(m => m.GetProperty("reminderId").GetString()!));
                return queued.Distinct(StringComparer.Ordinal).Count() >= stored.Count;
            },
            seconds: 60);
        Assert.Equal(stored.Order(StringComparer.Ordinal), queued.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

        // A queue put cannot be made idempotent: a message put while the kill cut off its mark goes out again when the
        // activity is retried (StaffNotifications). So only the activities the killed host was running can repeat one,
        // and each repeats it once; overlapping runs send nothing twice (SendClaims).
        var repeated = queued.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        output.WriteLine($"{Orders} orders: {stored.Count} reminders stored, {queued.Count} queued ({repeated.Count} put again after the kill).");
        Assert.All(repeated, g => Assert.Equal(2, g.Count()));
        Assert.InRange(repeated.Count, 0, new Engine.EngineOptions().MaxConcurrentActivities);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _hub.DeleteAsync();

    private static List<string> RemindersOf(IEnumerable<JsonElement> reminders, string orderId) =>
        [.. reminders
            .Where(r => r.GetProperty("orderId").GetString() == orderId)
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("kind").GetString()} {r.GetProperty("dueDate").GetString()}")
            .Order(StringComparer.Ordinal)];
}
