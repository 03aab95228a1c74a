using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

public sealed class ResolveRemindersTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();
    private readonly string _orderId = ReminderSamples.NewOrderId();
    private readonly string _staffId = ReminderSamples.NewStaffId();
    private readonly string _teamId = ReminderSamples.NewTeamId();

    [Fact]
    public async Task ResolveReminders_ClosedDuty_ResolvesEveryReminderOfThatDutyOnly()
    {
        // Arrange
        var created = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Created, new DateOnly(2027, 1, 4), _staffId, _teamId);
        var overdue = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Overdue, new DateOnly(2027, 1, 4), _staffId, _teamId);
        var other = ReminderSamples.Reminder(_orderId, "T-PLAN:2", ReminderKind.Created, new DateOnly(2027, 1, 14), _staffId, _teamId, "T-PLAN");
        await Activities.SendRemindersAsync(new SendRemindersInput([created, overdue, other]), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.ResolveRemindersAsync(Closing("T-FIRST:1"), CancellationToken.None);

        // Assert
        var open = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders");
        var all = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?state=all");
        var team = await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders?state=all");
        Assert.Equal([other.ReminderId], ReminderApi.Ids(open));
        Assert.Equal("Resolved", ReminderApi.StateOf(all, created.ReminderId));
        Assert.Equal("Resolved", ReminderApi.StateOf(all, overdue.ReminderId));
        Assert.Equal("Open", ReminderApi.StateOf(all, other.ReminderId));
        Assert.Equal("Resolved", ReminderApi.StateOf(team, overdue.ReminderId));
    }

    [Fact]
    public async Task ResolveReminders_BeforeTheReminderIsStored_StoresItResolved()
    {
        // Arrange: the orchestration sends a reminder and closes its duty in one step, both activities at once.
        var overdue = ReminderSamples.Reminder(_orderId, "T-CONTACT:3", ReminderKind.Overdue, new DateOnly(2027, 3, 23), _staffId, _teamId, "T-CONTACT");
        await Activities.ResolveRemindersAsync(Closing("T-CONTACT:3"), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([overdue]), CancellationToken.None);

        // Assert
        Assert.Empty(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders"));
        Assert.Equal("Resolved", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders?state=all"), overdue.ReminderId));
    }

    [Fact]
    public async Task ResolveReminders_RunTwice_LeavesThemResolved()
    {
        // Arrange
        var created = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Created, new DateOnly(2027, 1, 4), _staffId, _teamId);
        await Activities.SendRemindersAsync(new SendRemindersInput([created]), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.ResolveRemindersAsync(Closing("T-FIRST:1"), CancellationToken.None);
        await Activities.ResolveRemindersAsync(Closing("T-FIRST:1"), CancellationToken.None);
        await Activities.SendRemindersAsync(new SendRemindersInput([created]), CancellationToken.None);

        // Assert
        Assert.Equal("Resolved", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?state=all"), created.ReminderId));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    private IOrderActivities Activities => _app.Services.GetRequiredService<IOrderActivities>();

    private ResolveRemindersInput Closing(string dutyId) =>
        new(new OrderId(_orderId), [new ClosedDuty(dutyId, dutyId.Split(':')[0], DutyState.Met, new DateOnly(2027, 1, 4))]);
}
