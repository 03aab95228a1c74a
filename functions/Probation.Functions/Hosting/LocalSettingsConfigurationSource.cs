using System.Text.Json;

namespace Probation.Functions.Hosting;

/// <summary>
/// Reads the <c>Values</c> of <c>local.settings.json</c>, as the Azure Functions host does. A missing file adds
/// nothing; a malformed one stops start-up with the reason.
/// </summary>
internal sealed class LocalSettingsConfigurationSource(string path) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(path);

    private sealed class Provider(string path) : ConfigurationProvider
    {
        public override void Load()
        {
            if (!File.Exists(path))
            {
                return;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.TryGetProperty("Values", out var values))
            {
                foreach (var setting in values.EnumerateObject())
                {
                    Data[setting.Name] = setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
                }
            }
        }
    }
}
