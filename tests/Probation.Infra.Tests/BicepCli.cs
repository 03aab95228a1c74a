using System.Diagnostics;
using System.Reflection;

namespace Probation.Infra;

/// <summary>
/// Runs the Bicep CLI restored by this project's <c>PackageDownload</c>; its path is baked in at build, so a fresh
/// machine needs nothing but the restore.
/// </summary>
internal static class BicepCli
{
    private static readonly string BinaryPath = typeof(BicepCli).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BicepPath").Value
        ?? throw new InvalidOperationException("The BicepPath metadata is missing.");

    public static async Task<BicepResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{BinaryPath} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new BicepResult(process.ExitCode, await output, await errors);
    }

    // The package holds the linux-x64 build; NuGet does not always keep the execute bit of a file inside a package.
    private static string Executable()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(BinaryPath))
        {
            throw new FileNotFoundException("The Bicep CLI for linux-x64 was not restored.", BinaryPath);
        }

        var mode = File.GetUnixFileMode(BinaryPath);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(BinaryPath, mode | UnixFileMode.UserExecute);
        }

        return BinaryPath;
    }
}
