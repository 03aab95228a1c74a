using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Probation.Functions.Admin;

public sealed class ClockEndpointsTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new(clockStart: new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AdvanceBy_SixteenWeeks_MovesTheClockAndAnswersTheNewTime()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var response = await client.PostAsJsonAsync("/admin/clock", new { advanceBy = "P16W" });
        var reading = await client.GetStringAsync("/admin/clock");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        BusinessTimeAssert.ReadingNear("2027-04-14T09:00:00Z", await response.Content.ReadAsStringAsync());
        BusinessTimeAssert.ReadingNear("2027-04-14T09:00:00Z", reading);
    }

    [Theory]
    [InlineData("{\"advanceTo\":\"2026-01-01T00:00:00Z\"}", "advanceTo")]
    [InlineData("{\"advanceBy\":\"16 weeks\"}", "advanceBy")]
    [InlineData("{\"advanceTo\":\"2027-01-01T00:00:00Z\",\"advanceBy\":\"P1D\"}", "advanceTo")]
    [InlineData("{}", "advanceTo")]
    public async Task Advance_InvalidRequest_Is400NamingTheField(string body, string field)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var response = await client.PostAsync("/admin/clock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        BusinessTimeAssert.ReadingNear("2026-12-23T09:00:00Z", await client.GetStringAsync("/admin/clock"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
