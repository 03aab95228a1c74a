using System.Text.Json.Nodes;

namespace Probation.Infra;

/// <summary>A resource of the compiled template, with the (module's) template that declares it.</summary>
internal sealed record TemplateResource(JsonObject Body, JsonObject Template)
{
    public string Type => (string)Body["type"]!;

    public JsonNode Properties => Body["properties"] ?? throw new InvalidOperationException($"{Type} has no properties.");

    /// <summary>A variable of the declaring template: a JSON value, or a string holding an ARM expression.</summary>
    public JsonNode Variable(string name) =>
        Template["variables"]?[name] ?? throw new InvalidOperationException($"The template of {Type} has no variable {name}.");
}
