using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

public sealed class SendRemindersTests : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2027, 1, 4);

    private readonly FunctionAppFactory _app = new();
    private readonly string _orderId = ReminderSamples.NewOrderId();
    private readonly string _staffId = ReminderSamples.NewStaffId();
    private readonly string _teamId = ReminderSamples.NewTeamId();

    [Theory]
    [InlineData(ReminderKind.Created)]
    [InlineData(ReminderKind.DueSoon)]
    public async Task SendReminders_AllocatedOrder_ListsItForTheOffenderManagerOnly(ReminderKind kind)
    {
        // Arrange
        var reminder = ReminderSamples.Reminder(_orderId, "T-FIRST:1", kind, Due, _staffId, _teamId);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);

        // Assert
        Assert.Equal([reminder.ReminderId], ReminderApi.Ids(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders")));
        Assert.Empty(await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders"));
    }

    [Fact]
    public async Task SendReminders_UnallocatedOrderWithATeam_ListsItForTheTeam()
    {
        // Arrange
        var reminder = ReminderSamples.Reminder(_orderId, "T-ALLOC:1", ReminderKind.Created, Due, staffId: null, _teamId, "T-ALLOC");
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);

        // Assert
        Assert.Equal([reminder.ReminderId], ReminderApi.Ids(await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders")));
    }

    [Fact]
    public async Task SendReminders_NeitherStaffNorTeam_ListsItUnderTheUnallocatedTeam()
    {
        // Arrange
        var reminder = ReminderSamples.Reminder(_orderId, "T-ALLOC:1", ReminderKind.Overdue, Due, staffId: null, teamId: null, "T-ALLOC");
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);

        // Assert: the UNALLOCATED list is shared by every test, so only this reminder's presence is checked.
        var unallocated = await ReminderApi.ListAsync(client, "/api/teams/UNALLOCATED/reminders?from=2027-01-04&to=2027-01-04");
        Assert.Contains(reminder.ReminderId, ReminderApi.Ids(unallocated));
    }

    [Fact]
    public async Task SendReminders_Overdue_ListsItForTheOffenderManagerAndTheTeam()
    {
        // Arrange
        var reminder = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Overdue, Due, _staffId, _teamId);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);

        // Assert
        Assert.Equal([reminder.ReminderId], ReminderApi.Ids(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders")));
        Assert.Equal([reminder.ReminderId], ReminderApi.Ids(await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders")));
    }

    [Fact]
    public async Task SendReminders_Stored_ListsTheContractShape()
    {
        // Arrange
        var reminder = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Created, Due, _staffId, _teamId);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);
        var item = Assert.Single(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders"));

        // Assert
        string[] names = ["reminderId", "orderId", "crn", "staffId", "teamId", "ruleId", "dutyId", "kind", "dueDate", "reason", "state", "createdAt", "policy"];
        Assert.Equal(names, item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(_orderId, item.GetProperty("orderId").GetString());
        Assert.Equal("Created", item.GetProperty("kind").GetString());
        Assert.Equal("2027-01-04", item.GetProperty("dueDate").GetString());
        Assert.Equal("Open", item.GetProperty("state").GetString());
        Admin.BusinessTimeAssert.Near("2026-12-23T09:00:00Z", item.GetProperty("createdAt").GetString());
        Assert.Equal(ReminderSamples.Reason, item.GetProperty("reason").GetString());
        Assert.Equal("""{"name":"ns-seeded","version":1}""", JsonSerializer.Serialize(item.GetProperty("policy")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    private IOrderActivities Activities => _app.Services.GetRequiredService<IOrderActivities>();
}
