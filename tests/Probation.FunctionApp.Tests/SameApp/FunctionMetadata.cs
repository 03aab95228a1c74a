using System.Text.Json;

namespace Probation.FunctionApp.SameApp;

/// <summary>
/// The functions the worker SDK found in the app when it built it (<c>functions.metadata</c> in the app's build output,
/// copied beside the tests): what the Functions host will run.
/// </summary>
internal sealed class FunctionMetadata
{
    private FunctionMetadata(IReadOnlyList<(string Name, JsonElement Trigger)> functions) => Functions = functions;

    /// <summary>Each function's name and its trigger binding.</summary>
    public IReadOnlyList<(string Name, JsonElement Trigger)> Functions { get; }

    public static FunctionMetadata Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(AppFiles.Path("functions.metadata")));
        return new FunctionMetadata([.. document.RootElement.EnumerateArray().Select(function => (
            function.GetProperty("name").GetString()!,
            function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))]);
    }

    public IEnumerable<(string Name, JsonElement Trigger)> OfType(string triggerType) =>
        Functions.Where(f => f.Trigger.GetProperty("type").GetString() == triggerType);

    public IEnumerable<HttpRoute> HttpRoutes() => OfType("httpTrigger").Select(f => HttpRoute.Of(
        f.Trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!),
        f.Trigger.GetProperty("route").GetString()!,
        f.Trigger.GetProperty("authLevel").GetString()!));
}
