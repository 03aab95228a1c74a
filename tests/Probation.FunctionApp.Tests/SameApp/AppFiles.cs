using System.Text.Json;

namespace Probation.FunctionApp.SameApp;

/// <summary>The app's files copied beside the tests (see the project file): functions.metadata, host.json and the settings sample.</summary>
internal static class AppFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "app", name);

    public static JsonElement Json(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path(name)), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }

    /// <summary>A setting of local.settings.sample.json's <c>Values</c>, which both hosts read.</summary>
    public static string Setting(string key) => Json("local.settings.sample.json").GetProperty("Values").GetProperty(key).GetString()!;

    /// <summary>Resolves a <c>%Name%</c> binding expression as the Functions host does, from the settings.</summary>
    public static string Resolve(string expression) =>
        expression is ['%', .. var name, '%'] ? Setting(name) : expression;
}
