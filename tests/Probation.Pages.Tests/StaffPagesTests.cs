using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probation.Pages;

/// <summary>
/// The README's walk-through in Chromium: an order posted through the API, its caseload, a missed appointment recorded
/// through the order page's form, the team's overdue escalation after the clock moves, the officer's overdue reminder and
/// its acknowledgement, and the National Standards chart; axe-core in every page, and a screenshot of each.
/// </summary>
public sealed partial class StaffPagesTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string OrderId = "ORD-2026-000123";
    private readonly PagesHost _host = new();
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.Chromium.NewContextAsync(new() { BaseURL = _host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task WalkThrough_CaseloadOrderRemindersTeamReport_ShowWhatIsDue()
    {
        await PostOrderAsync();
        await SignInAsync("/staff/S0042");

        // Caseload: the first appointment, due Monday 4 January 2027 (five working days after the sentence, skipping
        // Christmas, the Boxing Day substitute and New Year's Day), five working days away.
        var row = _page.Locator($"#caseload tr[data-order-id='{OrderId}']");
        await ReloadUntilAsync(row);
        Assert.Equal("T-FIRST", await row.Locator("[data-cell=rule]").InnerTextAsync());
        Assert.Equal("4 January 2027", await row.Locator("[data-cell=due]").InnerTextAsync());
        Assert.Equal("5", (await row.Locator("[data-cell=days-left]").InnerTextAsync()).Trim());
        await CheckAsync("caseload");

        // Order: a missed appointment on 29 December brings a warning, explain by 6 January 2027.
        await _host.AdvanceClockAsync(new { advanceTo = "2026-12-29T10:00:00Z" });
        await row.Locator("a").ClickAsync();
        await RecordAppointmentAsync("29", "12", "2026");
        await Assertions.Expect(_page.Locator("#recorded-title")).ToBeVisibleAsync();
        await Assertions.Expect(_page).Not.ToHaveURLAsync(new Regex("recorded="));
        var warning = _page.Locator("#warnings [data-cell=explain-by]");
        await ReloadUntilAsync(warning);
        StringAssert(await warning.InnerTextAsync(), "6 January 2027");
        await CheckAsync("order");

        // Team: two weeks on, the first appointment's overdue escalation went to the team as well as the officer, and
        // S0042 holds one order with an overdue duty.
        await _host.AdvanceClockAsync(new { advanceBy = "P2W" });
        await _page.GotoAsync("/teams/T07");
        await Assertions.Expect(_page.Locator("#escalations")).ToContainTextAsync("T-FIRST");
        await Assertions.Expect(_page.Locator("#officers")).ToContainTextAsync("S0042");
        await CheckAsync("team");

        // Reminders: the overdue first appointment is on the officer's list; acknowledging takes it off (the team's too:
        // it is one reminder).
        await _page.GotoAsync("/staff/S0042/reminders");
        var overdue = _page.Locator("#reminders tr[data-kind=Overdue][data-rule=T-FIRST]");
        await ReloadUntilAsync(overdue);
        await CheckAsync("reminders");
        await overdue.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(_page.Locator("#acknowledged-title")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("#reminders tr[data-kind=Overdue][data-rule=T-FIRST]")).ToHaveCountAsync(0);


        // National Standards: the table, and the chart drawn from it.
        await _page.GotoAsync("/reports/national-standards?from=2026-12-01&to=2027-03-31");
        await Assertions.Expect(_page.Locator("#report tr[data-rule=T-FIRST]")).ToBeVisibleAsync();
        await _page.WaitForFunctionAsync("() => window.Chart && Chart.getChart('ns-chart')?.data.datasets[0].data.length > 0");
        await CheckAsync("report");
    }

    [Fact]
    public async Task OrderForm_BadDate_ShowsTheApisMessageInTheErrorSummary()
    {
        await PostOrderAsync();
        await SignInAsync($"/staff/orders/{OrderId}");

        await RecordAppointmentAsync("45", "13", "2026");

        var summary = _page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Date of the appointment must be a date in the form YYYY-MM-DD");
        Assert.Equal("#appointment-date-day", await summary.Locator("a").First.GetAttributeAsync("href"));
        Assert.StartsWith("Error: ", await _page.TitleAsync(), StringComparison.Ordinal);
        await CheckAsync("order-error");
    }

    [Fact]
    public async Task OrderForm_ExplanationWithNoAnswerChosen_AsksWhetherItIsAcceptable()
    {
        await PostOrderAsync();
        await SignInAsync($"/staff/orders/{OrderId}");

        await _page.Locator("#explanation-details summary").ClickAsync();
        var form = _page.Locator("#explanation-form");
        await form.GetByLabel("Appointment ID of the failure").FillAsync("APT-1");
        await form.Locator("#explanation-receivedOn-day").FillAsync("24");
        await form.Locator("#explanation-receivedOn-month").FillAsync("12");
        await form.Locator("#explanation-receivedOn-year").FillAsync("2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record an explanation" }).ClickAsync();

        // Left out, the answer would have been read as "not acceptable", a decision nobody made.
        var summary = _page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Whether the explanation is acceptable is required");
        Assert.Equal(["#explanation-acceptable"], await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
    }

    [Fact]
    public async Task Pages_WithoutSigningIn_RedirectToSignIn()
    {
        await _page.GotoAsync("/staff/S0042");

        Assert.Matches(SignInUrl(), _page.Url);
        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("Sign in");
        await CheckAsync("sign-in");
    }

    private async Task PostOrderAsync()
    {
        using var api = _host.Api();
        using var response = await api.PostAsync("/api/orders", new StringContent(File.ReadAllText("order.json"), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task SignInAsync(string path)
    {
        await _page.GotoAsync(path);
        await _page.GetByLabel("Function key").FillAsync(PagesHost.FunctionKey);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(_page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
    }

    private async Task RecordAppointmentAsync(string day, string month, string year)
    {
        await _page.Locator("#appointment-details summary").ClickAsync();
        var form = _page.Locator("#appointment-form");
        await form.GetByLabel("Appointment ID").FillAsync("APT-1");
        await form.Locator("#appointment-date-day").FillAsync(day);
        await form.Locator("#appointment-date-month").FillAsync(month);
        await form.Locator("#appointment-date-year").FillAsync(year);
        await form.GetByLabel("Supervision").CheckAsync();
        await form.GetByLabel("Missed, not explained").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record an appointment outcome" }).ClickAsync();
    }

    /// <summary>Reloads the page until <paramref name="locator"/> is there: the orchestration publishes in the background.</summary>
    private async Task ReloadUntilAsync(ILocator locator) =>
        await Eventually.TrueAsync(async () =>
        {
            if (await locator.CountAsync() > 0)
            {
                return true;
            }

            await _page.ReloadAsync();
            return false;
        });

    private async Task CheckAsync(string name)
    {
        await Accessibility.AssertNoSeriousViolationsAsync(_page);
        await _page.ScreenshotAsync(new() { Path = RepositoryFiles.Screenshot(name), FullPage = true });
    }

    private static void StringAssert(string actual, string expected) => Assert.Contains(expected, actual, StringComparison.Ordinal);

    [GeneratedRegex("/sign-in\\?returnUrl=%2Fstaff%2FS0042$")]
    private static partial Regex SignInUrl();
}
