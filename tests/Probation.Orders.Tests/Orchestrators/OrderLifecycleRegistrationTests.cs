using Microsoft.DurableTask;
using Moq;
using Probation.Orders.Activities;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Orchestrators;

public sealed class OrderLifecycleRegistrationTests
{
    [Fact]
    public void AddOrderLifecycle_Registry_TheOrchestratorUnderItsNameAFreshOnePerExecution()
    {
        // Arrange
        var registry = new DurableTaskRegistry();
        var services = Mock.Of<IServiceProvider>();

        // Act
        registry.AddOrderLifecycle(Calendars.Embedded(), new RecordingOrderActivities());

        // Assert
        var (name, factory) = Assert.Single(registry.GetOrchestrators());
        Assert.Equal(OrderInstance.OrchestratorName, name.Name);
        var first = Assert.IsType<OrderLifecycle>(factory(services));
        Assert.NotSame(first, factory(services));
    }

    [Fact]
    public void AddOrderLifecycle_Registry_OneActivityForEveryStepUnderItsName()
    {
        // Arrange
        var registry = new DurableTaskRegistry();

        // Act
        registry.AddOrderLifecycle(Calendars.Embedded(), new RecordingOrderActivities());

        // Assert
        Assert.Equal(OrderActivityNames.RecordOrderStep, Assert.Single(registry.GetActivities()).Key.Name);
    }

    [Theory]
    [InlineData("reminders")]
    [InlineData("resolutions")]
    [InlineData("letter")]
    [InlineData("notice")]
    [InlineData("view")]
    [InlineData("reminders", "resolutions", "letter", "notice", "view")]
    public async Task AddOrderLifecycle_ActivityRun_CallsTheMethodOfEachPartTheStepSent(params string[] parts)
    {
        // Arrange
        var activities = new RecordingOrderActivities();
        var registry = new DurableTaskRegistry().AddOrderLifecycle(Calendars.Embedded(), activities);
        var activity = Assert.Single(registry.GetActivities()).Value(Mock.Of<IServiceProvider>());
        var (input, recorded) = OutputWith(parts);

        // Act
        var output = await activity.RunAsync(new FakeActivityContext(OrderActivityNames.RecordOrderStep), input);

        // Assert
        Assert.Null(output);
        Assert.Equal(recorded, Recorded(activities));
    }

    [Fact]
    public void AddOrderLifecycle_NoActivities_Throws()
    {
        // Arrange
        var registry = new DurableTaskRegistry();

        // Act
        var add = () => registry.AddOrderLifecycle(Calendars.Embedded(), null!);

        // Assert
        Assert.Throws<ArgumentNullException>(add);
    }

    /// <summary>A step's output with the named <paramref name="parts"/>, and what the fake records when it is sent.</summary>
    private static (OrderStepOutput Input, string Recorded) OutputWith(string[] parts)
    {
        var order = Samples.CommunityOrder();
        var started = OrderStep.Start(new OrderStepContext(order, NationalStandardsPolicy.Seeded, Calendars.Embedded(), new DateTime(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc)));
        var on = new DateOnly(2026, 12, 23);
        var input = new OrderStepOutput(
            parts.Contains("reminders") ? new SendRemindersInput(started.Reminders) : null,
            parts.Contains("resolutions") ? new ResolveRemindersInput(order.OrderId, [new ClosedDuty("T-FIRST:1", "T-FIRST", DutyState.Met, on)]) : null,
            parts.Contains("letter")
                ? [new WarningLetter("warning-A1", order.OrderId, order.Person.Crn, null, null, new("A1"), on, on.AddDays(7), "7 days", NationalStandardsPolicy.Seeded.Reference)]
                : [],
            parts.Contains("notice") ? [new StaffNotice("n1", order.OrderId, order.Person.Crn, null, null, StaffNoticeKind.Allocated, on, "allocated")] : [],
            parts.Contains("view") ? new OrderViewPublication(started.View!, started.Timeline) : null);
        var recorded = new[]
        {
            parts.Contains("reminders") ? $"reminders {started.Reminders.Count}" : null,
            parts.Contains("resolutions") ? "resolved T-FIRST:1" : null,
            parts.Contains("letter") ? "letter warning-A1" : null,
            parts.Contains("notice") ? "notice n1" : null,
            parts.Contains("view") ? $"view {started.View!.Revision} timeline {started.Timeline.Count}" : null,
        };
        return (input, string.Join("; ", recorded.OfType<string>()));
    }

    private static string Recorded(RecordingOrderActivities activities) => string.Join(
        "; ",
        new[]
        {
            activities.Reminders.Count > 0 ? $"reminders {activities.Reminders.Count}" : null,
            activities.Resolved.Count > 0 ? $"resolved {string.Join(",", activities.Resolved.Select(d => d.DutyId))}" : null,
            activities.Letters.Count > 0 ? $"letter {string.Join(",", activities.Letters.Select(l => l.WarningId))}" : null,
            activities.Notices.Count > 0 ? $"notice {string.Join(",", activities.Notices.Select(n => n.NoticeId))}" : null,
            activities.Views.Count > 0 ? $"view {activities.LatestView.Revision} timeline {activities.Timeline.Count}" : null,
        }.OfType<string>());

    private sealed class FakeActivityContext(string name) : TaskActivityContext
    {
        public override TaskName Name { get; } = name;

        public override string InstanceId => OrchestrationContextMock.InstanceId;
    }
}
