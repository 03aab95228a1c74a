using Xunit.Abstractions;

namespace Probation.Reliability.Suite;

/// <summary>
/// The suite's figures: each goes to the test's output and is appended to the summary file
/// (<c>RELIABILITY_SUMMARY</c>, default <c>reliability-summary.txt</c> beside the tests), which the script prints.
/// </summary>
internal sealed class Figures(ITestOutputHelper output, string part)
{
    private static readonly Lock FileLock = new();

    // Emptied once per run, so the file holds this run's figures only.
    private static readonly Lazy<string> Summary = new(() =>
    {
        var path = Environment.GetEnvironmentVariable("RELIABILITY_SUMMARY") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "reliability-summary.txt");
        File.Delete(path);
        return path;
    });

    public void Add(string name, object value)
    {
        var line = $"[{SuiteSize.Current.Name}] {part}: {name} = {value}";
        output.WriteLine(line);
        lock (FileLock)
        {
            File.AppendAllText(Summary.Value, line + Environment.NewLine);
        }
    }
}
