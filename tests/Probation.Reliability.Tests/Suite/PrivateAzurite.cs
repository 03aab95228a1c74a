using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Probation.Reliability.Suite;

/// <summary>
/// An Azurite of the suite's own, on free loopback ports and a data folder of its own, so that a test can stop and
/// restart the storage under a running host without touching the Azurite the other tests share. The binary is the
/// repository's (<c>node_modules/.bin/azurite</c>, installed by the test scripts) or <c>AZURITE_BIN</c>.
/// </summary>
public sealed class PrivateAzurite : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly string _data = Path.Combine(Path.GetTempPath(), "reliability-azurite-" + Environment.ProcessId);
    private readonly int[] _ports = [FreePort(), FreePort(), FreePort()];
    private Process? _process;

    /// <summary>An explicit connection string to this instance (the well-known development account).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_data);
        var start = new ProcessStartInfo(Binary())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--silent", "--location", _data, "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", _ports[0].ToString(), "--queuePort", _ports[1].ToString(), "--tablePort", _ports[2].ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + StartDeadline;
        while (!_ports.All(IsOpen))
        {
            Assert.False(_process.HasExited, "Azurite exited at start-up.");
            Assert.True(DateTime.UtcNow < deadline, "Azurite did not open its ports in time.");
            await Task.Delay(100);
        }
    }

    /// <summary>Stops Azurite as an operator would (SIGTERM, so it saves its data) and waits until it has gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
            await kill.WaitForExitAsync();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Stops Azurite, deletes its data and starts it again on the same ports: empty storage.</summary>
    public async Task EmptyAsync()
    {
        await StopAsync();
        Directory.Delete(_data, recursive: true);
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static string Binary()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No Azurite: run npm ci at the repository's root, or set AZURITE_BIN.");
    }

    private static bool IsOpen(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
