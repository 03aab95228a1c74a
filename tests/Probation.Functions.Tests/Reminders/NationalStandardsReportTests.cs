using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Lifecycle;

namespace Probation.Functions.Reminders;

public sealed class NationalStandardsReportTests : IAsyncLifetime
{
    private const int Year = 2027;

    // The business day is 2 April 2027: the first quarter is over, April has begun.
    private readonly FunctionAppFactory _app = new(clockStart: new DateTimeOffset(Year, 4, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string _teamId = ReminderSamples.NewTeamId();
    private readonly string _otherTeamId = ReminderSamples.NewTeamId();

    [Fact]
    public async Task GetReport_ForATeam_CountsItsDutiesDueInThePeriodPerRule()
    {
        // Arrange
        await PublishAsync();
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var report = await GetAsync(client, $"from={Year}-01-01&to={Year}-03-31&teamId={_teamId}");

        // Assert
        Assert.Equal($"{Year}-01-01", report.GetProperty("from").GetString());
        Assert.Equal(_teamId, report.GetProperty("teamId").GetString());
        Assert.Equal(
            ["T-FIRST 3 2 0 1 0 66.7", "T-PLAN 2 0 1 0 1 0", "T-REVIEW 1 1 0 0 0 100"],
            Lines(report));
    }

    [Fact]
    public async Task GetReport_AllTeams_CountsOtherTeamsAndUnallocatedOrders()
    {
        // Arrange
        await PublishAsync();
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var report = await GetAsync(client, $"from={Year}-01-01&to={Year}-03-31");

        // Assert
        Assert.Equal(JsonValueKind.Null, report.GetProperty("teamId").ValueKind);
        Assert.Equal(
            ["T-FIRST 5 3 0 1 1 60", "T-PLAN 2 0 1 0 1 0", "T-REVIEW 1 1 0 0 0 100"],
            Lines(report));
    }

    [Fact]
    public async Task GetReport_PeriodNotYetOver_LeavesOutOpenDutiesNotYetDueButCountsOnesMetEarly()
    {
        // Arrange
        await PublishAsync();
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var report = await GetAsync(client, $"from={Year}-04-01&to={Year}-04-30&teamId={_teamId}");

        // Assert: T-EARLY was due yesterday and is open; T-PLAN, due on the 20th, is not counted yet.
        Assert.Equal(["T-EARLY 1 0 0 0 1 0", "T-REVIEW 1 1 0 0 0 100"], Lines(report));
    }

    [Theory]
    [InlineData("to=2027-03-31", "from")]
    [InlineData("from=2027-01-01", "to")]
    [InlineData("from=2027-01-01&to=2027-02-30", "to")]
    [InlineData("from=2027-04-01&to=2027-03-31", "from")]
    [InlineData("from=2027-01-01&to=2027-03-31&teamId=T%2F07", "teamId")]
    public async Task GetReport_InvalidQuery_Is400NamingTheField(string query, string field)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.GetAsync($"/api/reports/national-standards?{query}");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    /// <summary>
    /// The team's orders: T-FIRST met, met, missed; T-PLAN late, open, cancelled (not counted); T-REVIEW met, and one
    /// due after the period. Another team's order and an unallocated one add a met and an open T-FIRST overall. In April,
    /// the team has a T-PLAN open and not yet due and a T-REVIEW met before its due date.
    /// </summary>
    private async Task PublishAsync()
    {
        var activities = _app.Services.GetRequiredService<IOrderActivities>();
        OrderViewPublication[] publications =
        [
            ReportViews.Publication(
                _teamId,
                ReportViews.Duty("T-FIRST", Date(1, 10), DutyState.Met, Date(1, 8)),
                ReportViews.Duty("T-PLAN", Date(1, 20), DutyState.MetLate, Date(1, 22)),
                ReportViews.Duty("T-REVIEW", Date(3, 31), DutyState.Met, Date(3, 30)),
                ReportViews.Duty("T-EARLY", Date(4, 1), DutyState.Open)),
            ReportViews.Publication(
                _teamId,
                ReportViews.Duty("T-FIRST", Date(1, 1), DutyState.Met, Date(1, 1)),
                ReportViews.Duty("T-PLAN", Date(2, 15), DutyState.Open),
                ReportViews.Duty("T-REVIEW", Date(2, 16), DutyState.Cancelled)),
            ReportViews.Publication(_teamId, ReportViews.Duty("T-FIRST", Date(2, 10), DutyState.Missed)),
            ReportViews.Publication(_otherTeamId, ReportViews.Duty("T-FIRST", Date(2, 11), DutyState.Met, Date(2, 11))),
            ReportViews.Publication(teamId: null, ReportViews.Duty("T-FIRST", Date(3, 1), DutyState.Open)),
            ReportViews.Publication(
                _teamId,
                ReportViews.Duty("T-PLAN", Date(4, 20), DutyState.Open),
                ReportViews.Duty("T-REVIEW", Date(4, 25), DutyState.Met, Date(4, 1))),
        ];
        foreach (var publication in publications)
        {
            await activities.PublishOrderViewAsync(publication, CancellationToken.None);
        }
    }

    private DateOnly Date(int month, int day) => new(Year, month, day);

    private static async Task<JsonElement> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/reports/national-standards?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string[] Lines(JsonElement report) =>
    [
        .. report.GetProperty("rules").EnumerateArray().Select(r => string.Join(
            ' ',
            r.GetProperty("ruleId").GetString(),
            r.GetProperty("due").GetInt32(),
            r.GetProperty("metOnTime").GetInt32(),
            r.GetProperty("metLate").GetInt32(),
            r.GetProperty("missed").GetInt32(),
            r.GetProperty("open").GetInt32(),
            r.GetProperty("percentOnTime").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ];
}
