using Durable.Client;
using Durable.Testing;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Orchestrators;
using Probation.Orders.Policy;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Support;

/// <summary>
/// One order running in a fresh <see cref="DurableTestHost"/> on a virtual clock, with recording fakes for the
/// activities; staff act by raising events at the clock's time. Each test makes its own.
/// </summary>
internal sealed class OrderScenario : IAsyncDisposable
{
    /// <summary>The UTC hour staff record things in scenarios: after the 06:00 wake-up, in the working day.</summary>
    public const int OfficeHourUtc = 10;

    private OrderScenario(DurableTestHost host, RecordingOrderActivities activities, OrderDocument order)
    {
        Host = host;
        Activities = activities;
        Order = order;
        InstanceId = OrderInstance.IdFor(order.OrderId);
    }

    public DurableTestHost Host { get; }

    public RecordingOrderActivities Activities { get; }

    public OrderDocument Order { get; }

    public string InstanceId { get; }

    public OrderView View => Activities.LatestView;

    /// <summary>Starts <paramref name="order"/> as the court posts it on <paramref name="receivedOn"/> (default: its sentence date).</summary>
    public static async Task<OrderScenario> StartAsync(OrderDocument order, DateOnly? receivedOn = null, NationalStandardsPolicy? policy = null)
    {
        var activities = new RecordingOrderActivities();
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var start = At(receivedOn ?? order.SentenceDate);
        var host = await DurableTestHost.StartAsync(
            tasks => tasks.AddOrderLifecycle(calendar, activities),
            new DurableTestHostOptions { Start = start });
        var scenario = new OrderScenario(host, activities, order);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            OrderInstance.OrchestratorName,
            new OrderLifecycleInput(order, policy ?? NationalStandardsPolicy.Seeded),
            new StartOrchestrationOptions(scenario.InstanceId));
        await host.WaitForIdleAsync();
        return scenario;
    }

    public static DateTimeOffset At(DateOnly date, int hourUtc = OfficeHourUtc) =>
        new(date.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero);

    /// <summary>Moves the clock to office hours on <paramref name="date"/>, firing every wake-up on the way.</summary>
    public Task AdvanceToAsync(DateOnly date, int hourUtc = OfficeHourUtc) => Host.AdvanceToAsync(At(date, hourUtc));

    /// <summary>Staff record <paramref name="staffEvent"/> under <paramref name="name"/> now; returns when it has settled.</summary>
    public async Task RaiseAsync(string name, object staffEvent)
    {
        await Host.Client.RaiseEventAsync(InstanceId, name, staffEvent);
        await Host.WaitForIdleAsync();
    }

    /// <summary>Moves to <paramref name="date"/> and records <paramref name="staffEvent"/> there.</summary>
    public async Task RaiseOnAsync(DateOnly date, string name, object staffEvent)
    {
        await AdvanceToAsync(date);
        await RaiseAsync(name, staffEvent);
    }

    public Task<OrchestrationMetadata?> InstanceAsync() => Host.Client.GetInstanceAsync(InstanceId, getInputsAndOutputs: true);

    public Duty Duty(string ruleId) => View.Duties.Single(d => d.RuleId == ruleId);

    public IReadOnlyList<Duty> Duties(string ruleId) => [.. View.Duties.Where(d => d.RuleId == ruleId)];

    public IReadOnlyList<(ReminderKind Kind, DateOnly SentOn)> RemindersOf(string dutyId) =>
        [.. Activities.Reminders.Where(r => r.DutyId == dutyId).Select(r => (r.Kind, LondonTime.DateOf(r.CreatedAt)))];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
