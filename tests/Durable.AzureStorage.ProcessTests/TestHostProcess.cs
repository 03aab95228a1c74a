using System.Diagnostics;
using System.Text;

namespace Durable.AzureStorage;

/// <summary>
/// One test host (tests/Durable.AzureStorage.TestHost) running as its own process on a task hub, with its stdout and
/// stderr captured. Disposing kills it if it still runs, so no test leaves a process behind.
/// </summary>
internal sealed class TestHostProcess : IAsyncDisposable
{
    private const string AssemblyName = "Durable.AzureStorage.TestHost";
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestHostProcess(string name, string hostId, Process process)
    {
        Name = name;
        HostId = hostId;
        _process = process;
    }

    /// <summary>The test's name for the host ("A", "B", ...).</summary>
    public string Name { get; }

    /// <summary>The host's id in leases and in the Chain outputs.</summary>
    public string HostId { get; }

    /// <summary>Starts a host on <paramref name="hub"/>; its id is the name followed by the hub.</summary>
    public static TestHostProcess Start(string name, string hub)
    {
        var hostId = $"{name}-{hub}";
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["exec", HostAssemblyPath(), "--hub", hub, "--host-id", hostId])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var host = new TestHostProcess(name, hostId, process);
        process.OutputDataReceived += (_, e) => host.OnLine(e.Data, host._stdout);
        process.ErrorDataReceived += (_, e) => host.OnLine(e.Data, host._stderr);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for the host's "ready" line.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var expired = new CancellationTokenSource(timeout);
        var exited = _process.WaitForExitAsync(expired.Token);
        await Task.WhenAny(_ready.Task, exited);
        if (!_ready.Task.IsCompleted)
        {
            var why = exited.IsCompletedSuccessfully ? "exited before it was ready" : $"was not ready within {timeout}";
            throw new InvalidOperationException($"Host {Name} {why}.{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>Kills the host at once (SIGKILL): no graceful stop, leases are left to expire.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// The host's stdout (all of it: a few lines) and the last lines of its stderr (the log), with runs of lines that
    /// differ only in their timestamp (the lease manager's heartbeat) collapsed into one.
    /// </summary>
    public string Tail(int logLines = 30)
    {
        lock (_gate)
        {
            var log = Collapse(_stderr);
            var text = new StringBuilder();
            text.AppendLine($"--- host {Name} ({HostId}){(_process.HasExited ? $", exited with {_process.ExitCode}" : string.Empty)}: stdout");
            _stdout.ForEach(line => text.AppendLine(line));
            text.AppendLine($"--- host {Name}: last {Math.Min(logLines, log.Count)} of {log.Count} log lines ({_stderr.Count} before collapsing)");
            log.Skip(Math.Max(0, log.Count - logLines)).ToList().ForEach(line => text.AppendLine(line));
            return text.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    /// <summary>
    /// The host's build output for the configuration and framework this test assembly was built with: found from the
    /// folder holding Serverless.sln, above this assembly.
    /// </summary>
    private static string HostAssemblyPath()
    {
        var testFolder = new DirectoryInfo(Path.GetDirectoryName(typeof(TestHostProcess).Assembly.Location)!);
        var framework = testFolder.Name;
        var configuration = testFolder.Parent?.Name ?? "Release";
        var root = testFolder;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Serverless.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No Serverless.sln above {testFolder.FullName}: cannot find the test host.");
        }

        var path = Path.Combine(root.FullName, "tests", AssemblyName, "bin", configuration, framework, AssemblyName + ".dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The test host is not built: {path} is missing. Build tests/{AssemblyName} -c {configuration}.");
    }

    private static List<string> Collapse(List<string> lines)
    {
        var collapsed = new List<string>();
        var repeats = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var last = i + 1 == lines.Count || WithoutTimestamp(lines[i + 1]) != WithoutTimestamp(lines[i]);
            if (!last)
            {
                repeats++;
                continue;
            }

            collapsed.Add(repeats == 0 ? lines[i] : $"{lines[i]} [and {repeats} times before]");
            repeats = 0;
        }

        return collapsed;
    }

    private static string WithoutTimestamp(string line) => line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private void OnLine(string? line, List<string> lines)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            lines.Add(line);
        }

        if (lines == _stdout && line.StartsWith("ready ", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
