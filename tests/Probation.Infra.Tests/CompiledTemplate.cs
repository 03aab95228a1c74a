using System.Text.Json.Nodes;

namespace Probation.Infra;

/// <summary>
/// <c>infra/main.bicep</c> compiled to ARM JSON once for the tests that read it, with every resource of the main
/// template and of its modules (nested deployments).
/// </summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    internal JsonObject Main { get; private set; } = [];

    internal IReadOnlyList<TemplateResource> Resources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var result = await BicepCli.RunAsync("build", "infra/main.bicep", "--stdout");
        Assert.True(result.ExitCode == 0, result.Errors);
        Main = JsonNode.Parse(result.Output)!.AsObject();
        Resources = [.. ResourcesOf(Main)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    internal TemplateResource Single(string type) => Assert.Single(All(type));

    internal IEnumerable<TemplateResource> All(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every string in the compiled template: names, values and expressions.</summary>
    internal IEnumerable<string> Strings() => StringsOf(Main);

    // Language version 2.0 keys resources by symbolic name; older nested templates list them.
    private static IEnumerable<TemplateResource> ResourcesOf(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonObject named => named.Select(pair => pair.Value!.AsObject()),
            JsonArray listed => listed.Select(node => node!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return new TemplateResource(resource, template);
            if (resource["properties"]?["template"] is JsonObject module)
            {
                foreach (var nested in ResourcesOf(module))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<string> StringsOf(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(pair => StringsOf(pair.Value).Prepend(pair.Key)),
        JsonArray a => a.SelectMany(StringsOf),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
