using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

public sealed class AcknowledgeReminderTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();
    private readonly string _orderId = ReminderSamples.NewOrderId();
    private readonly string _staffId = ReminderSamples.NewStaffId();
    private readonly string _teamId = ReminderSamples.NewTeamId();

    [Fact]
    public async Task Acknowledge_OpenReminder_Is202AndTakesItOffTheOpenList()
    {
        // Arrange
        var overdue = await SendAsync("T-FIRST:1", ReminderKind.Overdue);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var first = await client.PostAsync($"/api/reminders/{overdue.ReminderId}/acknowledge", ReminderApi.NoBody());
        using var again = await client.PostAsync($"/api/reminders/{overdue.ReminderId}/acknowledge", ReminderApi.NoBody());

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("Acknowledged", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?state=all"), overdue.ReminderId));
        Assert.Equal("Acknowledged", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders?state=all"), overdue.ReminderId));
        Assert.DoesNotContain(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders"), i => i.GetProperty("reminderId").GetString() == overdue.ReminderId);
    }

    [Fact]
    public async Task Acknowledge_AcknowledgedThenResolved_ListsItResolved()
    {
        // Arrange
        var created = await SendAsync("T-FIRST:1", ReminderKind.Created);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var acknowledged = await client.PostAsync($"/api/reminders/{created.ReminderId}/acknowledge", ReminderApi.NoBody());

        // Act
        await Activities.ResolveRemindersAsync(Closing("T-FIRST:1"), CancellationToken.None);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, acknowledged.StatusCode);
        Assert.Equal("Resolved", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?state=all"), created.ReminderId));
    }

    [Fact]
    public async Task Acknowledge_ResolvedReminder_Is409ProblemDetails()
    {
        // Arrange
        var created = await SendAsync("T-FIRST:1", ReminderKind.Created);
        await Activities.ResolveRemindersAsync(Closing("T-FIRST:1"), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.PostAsync($"/api/reminders/{created.ReminderId}/acknowledge", ReminderApi.NoBody());

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Resolved", ReminderApi.StateOf(await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?state=all"), created.ReminderId));
    }

    [Theory]
    [InlineData("ORD-NONE-000000:T-FIRST:1:Created:2027-01-04")]
    [InlineData("has%5Cbackslash")]
    public async Task Acknowledge_UnknownReminder_Is404ProblemDetails(string reminderId)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.PostAsync($"/api/reminders/{reminderId}/acknowledge", ReminderApi.NoBody());

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    private IOrderActivities Activities => _app.Services.GetRequiredService<IOrderActivities>();

    private async Task<Reminder> SendAsync(string dutyId, ReminderKind kind)
    {
        var reminder = ReminderSamples.Reminder(_orderId, dutyId, kind, new DateOnly(2027, 1, 4), _staffId, _teamId);
        await Activities.SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);
        return reminder;
    }

    private ResolveRemindersInput Closing(string dutyId) =>
        new(new OrderId(_orderId), [new ClosedDuty(dutyId, "T-FIRST", DutyState.MetLate, new DateOnly(2027, 1, 6))]);
}
