using System.Text.RegularExpressions;

namespace Probation.Infra;

/// <summary>What one run of the Bicep CLI printed.</summary>
internal sealed partial record BicepResult(int ExitCode, string Output, string Errors)
{
    /// <summary>The warning and error lines, from either stream (the CLI reports them as <c>file(line,col) : Warning ...</c>).</summary>
    public IReadOnlyList<string> Diagnostics =>
        [.. $"{Output}\n{Errors}".Split('\n').Where(line => DiagnosticLine().IsMatch(line))];

    [GeneratedRegex(@"\) : (Warning|Error|Info) ")]
    private static partial Regex DiagnosticLine();
}
