using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

public sealed class ReminderQueryTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();
    private readonly string _orderId = ReminderSamples.NewOrderId();
    private readonly string _staffId = ReminderSamples.NewStaffId();
    private readonly string _teamId = ReminderSamples.NewTeamId();

    [Fact]
    public async Task GetStaffReminders_FromAndTo_ListsDueDatesInThePeriodSoonestFirst()
    {
        // Arrange: sent out of order, one due on each end of the period and one either side of it.
        var march = Reminder("T-REVIEW:4", new DateOnly(2027, 3, 1));
        var january = Reminder("T-FIRST:1", new DateOnly(2027, 1, 4));
        var december = Reminder("T-ALLOC:2", new DateOnly(2026, 12, 29));
        var february = Reminder("T-PLAN:3", new DateOnly(2027, 2, 1));
        await Activities.SendRemindersAsync(new SendRemindersInput([march, january, december, february]), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var all = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders");
        var period = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?from=2027-01-04&to=2027-02-01");
        var fromOnly = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?from=2027-01-05");
        var toOnly = await ReminderApi.ListAsync(client, $"/api/staff/{_staffId}/reminders?to=2027-01-03");

        // Assert
        Assert.Equal([december.ReminderId, january.ReminderId, february.ReminderId, march.ReminderId], ReminderApi.Ids(all));
        Assert.Equal([january.ReminderId, february.ReminderId], ReminderApi.Ids(period));
        Assert.Equal([february.ReminderId, march.ReminderId], ReminderApi.Ids(fromOnly));
        Assert.Equal([december.ReminderId], ReminderApi.Ids(toOnly));
    }

    [Fact]
    public async Task GetTeamReminders_StateOpenInAnyCase_IsTheDefault()
    {
        // Arrange
        var overdue = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Overdue, new DateOnly(2027, 1, 4), _staffId, _teamId);
        await Activities.SendRemindersAsync(new SendRemindersInput([overdue]), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var open = await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders?state=OPEN");
        var all = await ReminderApi.ListAsync(client, $"/api/teams/{_teamId}/reminders?state=all");

        // Assert
        Assert.Equal([overdue.ReminderId], ReminderApi.Ids(open));
        Assert.Equal([overdue.ReminderId], ReminderApi.Ids(all));
    }

    [Theory]
    [InlineData("/api/staff/S0042/reminders?state=closed", "state")]
    [InlineData("/api/staff/S0042/reminders?from=2027-13-01", "from")]
    [InlineData("/api/staff/S0042/reminders?to=04/01/2027", "to")]
    [InlineData("/api/staff/S0042/reminders?from=2027-02-01&to=2027-01-31", "from")]
    [InlineData("/api/staff/S%20042/reminders", "staffId")]
    [InlineData("/api/teams/T%2B07/reminders", "teamId")]
    public async Task GetReminders_InvalidQuery_Is400NamingTheField(string path, string field)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("GET", "/api/staff/S0042/reminders")]
    [InlineData("GET", "/api/teams/T07/reminders?state=all")]
    [InlineData("POST", "/api/reminders/ORD-2026-000123:T-FIRST:1:Created:2026-12-23/acknowledge")]
    [InlineData("GET", "/api/reports/national-standards?from=2027-01-01&to=2027-03-31")]
    public async Task Route_WithoutTheKey_Is401ProblemDetails(string method, string path)
    {
        // Arrange
        using var client = _app.CreateClient(key: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    private IOrderActivities Activities => _app.Services.GetRequiredService<IOrderActivities>();

    private Reminder Reminder(string dutyId, DateOnly dueDate) =>
        ReminderSamples.Reminder(_orderId, dutyId, ReminderKind.Created, dueDate, _staffId, _teamId, dutyId.Split(':')[0]);
}
