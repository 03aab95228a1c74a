using Microsoft.DurableTask;
using Moq;
using Probation.Orders.Activities;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Orchestrators;

public sealed class OrderLifecycleRegistrationTests
{
    private static readonly string[] ActivityNames =
    [
        OrderActivityNames.SendReminders,
        OrderActivityNames.ResolveReminders,
        OrderActivityNames.SendWarningLetter,
        OrderActivityNames.SendStaffNotice,
        OrderActivityNames.PublishOrderView,
    ];

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
    public void AddOrderLifecycle_Registry_EveryActivityUnderItsName()
    {
        // Arrange
        var registry = new DurableTaskRegistry();

        // Act
        registry.AddOrderLifecycle(Calendars.Embedded(), new RecordingOrderActivities());

        // Assert
        Assert.Equal(ActivityNames.Order(), registry.GetActivities().Select(a => a.Key.Name).Order());
    }

    [Theory]
    [InlineData(OrderActivityNames.SendReminders)]
    [InlineData(OrderActivityNames.ResolveReminders)]
    [InlineData(OrderActivityNames.SendWarningLetter)]
    [InlineData(OrderActivityNames.SendStaffNotice)]
    [InlineData(OrderActivityNames.PublishOrderView)]
    public async Task AddOrderLifecycle_ActivityRun_CallsTheMatchingMethodWithTheInput(string activityName)
    {
        // Arrange
        var activities = new RecordingOrderActivities();
        var registry = new DurableTaskRegistry().AddOrderLifecycle(Calendars.Embedded(), activities);
        var activity = registry.GetActivities().Single(a => a.Key.Name == activityName).Value(Mock.Of<IServiceProvider>());
        var (input, recorded) = InputFor(activityName);

        // Act
        var output = await activity.RunAsync(new FakeActivityContext(activityName), input);

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

    /// <summary>An input for <paramref name="activityName"/>, and what the fake records when it is called with it.</summary>
    private static (object Input, string Recorded) InputFor(string activityName)
    {
        var order = Samples.CommunityOrder();
        var started = OrderStep.Start(new OrderStepContext(order, NationalStandardsPolicy.Seeded, Calendars.Embedded(), new DateTime(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc)));
        var on = new DateOnly(2026, 12, 23);
        return activityName switch
        {
            OrderActivityNames.SendReminders => (new SendRemindersInput(started.Reminders), $"reminders {started.Reminders.Count}"),
            OrderActivityNames.ResolveReminders => (new ResolveRemindersInput(order.OrderId, [new ClosedDuty("T-FIRST:1", "T-FIRST", DutyState.Met, on)]), "resolved T-FIRST:1"),
            OrderActivityNames.SendWarningLetter => (
                new WarningLetter("warning-A1", order.OrderId, order.Person.Crn, null, null, new("A1"), on, on.AddDays(7), "7 days", NationalStandardsPolicy.Seeded.Reference),
                "letter warning-A1"),
            OrderActivityNames.SendStaffNotice => (
                new StaffNotice("n1", order.OrderId, order.Person.Crn, null, null, StaffNoticeKind.Allocated, on, "allocated"),
                "notice n1"),
            _ => (new OrderViewPublication(started.View!, started.Timeline), $"view {started.View!.Revision} timeline {started.Timeline.Count}"),
        };
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
