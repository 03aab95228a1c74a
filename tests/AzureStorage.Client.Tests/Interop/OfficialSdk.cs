using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AzureStorage.Client.Support;

namespace AzureStorage.Client.Interop;

/// <summary>
/// Runs interop.js with node: Microsoft's Azure SDK for JavaScript from the repository's node_modules
/// (package.json and package-lock.json at the root, installed with npm ci).
/// </summary>
internal static class OfficialSdk
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Runs the steps in order in one node process and returns one result per step.</summary>
    public static async Task<JsonArray> RunAsync(params object[] steps)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "@azure", "data-tables")) || !Directory.Exists(Path.Combine(modules, "@azure", "storage-queue")))
        {
            throw new InvalidOperationException($"The Azure SDK for JavaScript is not installed in {modules}; run 'npm ci' in {root}.");
        }

        var start = new ProcessStartInfo("node", Path.Combine(AppContext.BaseDirectory, "Interop", "interop.js"))
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NODE_PATH"] = modules;
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is Node.js on PATH?");
        using var timeout = new CancellationTokenSource(Limit);
        var output = node.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = node.StandardError.ReadToEndAsync(timeout.Token);
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new { connectionString = TestStorage.ConnectionString, steps }));
        node.StandardInput.Close();
        await node.WaitForExitAsync(timeout.Token);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The official SDK failed (exit {node.ExitCode}): {await errors}");
        }

        return JsonNode.Parse(await output)!.AsArray();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}.");
    }
}
