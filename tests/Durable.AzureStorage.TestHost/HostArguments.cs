using System.Globalization;

namespace Durable.AzureStorage.TestHost;

/// <summary>The host's command line: <c>--hub</c> (required), <c>--connection</c>, <c>--host-id</c>, <c>--partitions</c>.</summary>
internal sealed record HostArguments(string Hub, string Connection, string? HostId, int Partitions)
{
    public static HostArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{string.Join(' ', args)}'.", nameof(args));
            }

            values[args[i][2..]] = args[i + 1];
        }

        var unknown = values.Keys.Except(["hub", "connection", "host-id", "partitions"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown)}.", nameof(args));
        }

        return new HostArguments(
            values.TryGetValue("hub", out var hub) ? hub : throw new ArgumentException("--hub is required.", nameof(args)),
            values.GetValueOrDefault("connection") ?? DefaultConnection(),
            values.GetValueOrDefault("host-id"),
            values.TryGetValue("partitions", out var partitions) ? int.Parse(partitions, CultureInfo.InvariantCulture) : 4);
    }

    private static string DefaultConnection() =>
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";
}
