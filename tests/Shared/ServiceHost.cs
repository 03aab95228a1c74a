using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Probation.Testing;

/// <summary>
/// The self-host as a real process (the built <c>Probation.Functions.dll</c> in the output folder) on a test's task hub,
/// on a free loopback port, with every line it writes kept. <see cref="Kill"/> is SIGKILL: nothing the host does on
/// shutdown runs. One file, compiled into each test project that starts hosts.
/// </summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceHost(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Starts a host with a hub's <paramref name="settings"/> and waits until it answers <c>/health</c>; a virtual clock opens <c>/admin</c>.</summary>
    public static async Task<ServiceHost> StartAsync(IReadOnlyDictionary<string, string?> settings, bool virtualClock = false)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Probation.Functions.dll"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Clock__Mode"] = virtualClock ? "Virtual" : "System";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new ServiceHost(process, address);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>A client of this host that sends <paramref name="key"/> (none for <see langword="null"/>).</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    public bool HasExited => _process.HasExited;

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            Assert.False(_process.HasExited, "The host exited at start-up:\n" + string.Join('\n', _output));
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "The host did not answer /health in time:\n" + string.Join('\n', _output));
            await Task.Delay(200);
        }
    }
}
