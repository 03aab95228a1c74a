using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Lifecycle;

namespace Probation.Functions.Reminders;

/// <summary>Which open duties the report counts as fallen due is decided by the business day in London, not in UTC.</summary>
public sealed class NationalStandardsReportTodayTests : IAsyncLifetime
{
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): the business day is 1 July.
    private readonly FunctionAppFactory _app = new(clockStart: new DateTimeOffset(2027, 6, 30, 23, 30, 0, TimeSpan.Zero));
    private readonly string _teamId = ReminderSamples.NewTeamId();

    [Fact]
    public async Task GetReport_JustAfterMidnightInSummer_CountsAnOpenDutyDueTheDayBefore()
    {
        // Arrange
        var activities = _app.Services.GetRequiredService<IOrderActivities>();
        await activities.PublishOrderViewAsync(
            ReportViews.Publication(_teamId, ReportViews.Duty("T-FIRST", new DateOnly(2027, 6, 30), DutyState.Open)), CancellationToken.None);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.GetAsync($"/api/reports/national-standards?from=2027-06-01&to=2027-06-30&teamId={_teamId}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rule = Assert.Single(report.RootElement.GetProperty("rules").EnumerateArray());
        Assert.Equal("T-FIRST", rule.GetProperty("ruleId").GetString());
        Assert.Equal(1, rule.GetProperty("due").GetInt32());
        Assert.Equal(1, rule.GetProperty("open").GetInt32());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
