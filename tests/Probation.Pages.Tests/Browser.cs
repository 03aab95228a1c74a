using Microsoft.Playwright;

namespace Probation.Pages;

/// <summary>
/// Debian's Chromium under Playwright: the system browser (<c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>), headless;
/// Playwright's own browser download is never used. A missing browser fails the tests: .ci/run installs it.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = default!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium is not installed at {ExecutablePath}: run .ci/run, or apt-get install -y chromium.");
        _playwright = await Playwright.CreateAsync();

        // Chromium's sandbox cannot start as root (CI containers).
        string[] args = Environment.UserName == "root" ? ["--no-sandbox"] : [];
        Chromium = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = args });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
