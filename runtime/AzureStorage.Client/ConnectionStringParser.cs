namespace AzureStorage.Client;

/// <summary>
/// Turns a connection string into a <see cref="StorageAccount"/>. Error messages name settings, never
/// values, because a value may be the account key.
/// </summary>
internal static class ConnectionStringParser
{
    private static readonly HashSet<string> KnownSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "UseDevelopmentStorage", "DefaultEndpointsProtocol", "AccountName", "AccountKey", "EndpointSuffix",
        "QueueEndpoint", "TableEndpoint", "BlobEndpoint", "FileEndpoint",
    };

    public static StorageAccount Parse(string connectionString)
    {
        var settings = Split(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            if (!development.Equals("true", StringComparison.OrdinalIgnoreCase) || settings.Count > 1)
            {
                throw new FormatException(
                    "UseDevelopmentStorage must be 'true' and stand alone; give explicit endpoints and a key instead.");
            }

            return StorageAccount.Development;
        }

        var name = Required(settings, "AccountName");
        var key = DecodeKey(Required(settings, "AccountKey"));
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https").ToLowerInvariant();
        if (protocol is not ("https" or "http"))
        {
            throw new FormatException("DefaultEndpointsProtocol must be 'https' or 'http'.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        var queue = Endpoint(settings, "QueueEndpoint") ?? Default(protocol, name, "queue", suffix);
        var table = Endpoint(settings, "TableEndpoint") ?? Default(protocol, name, "table", suffix);
        return new StorageAccount(name, key, queue, table);
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
        {
            throw new FormatException("The storage connection string is empty.");
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var equals = segments[i].IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Segment {i + 1} of the storage connection string is not of the form Name=Value.");
            }

            var setting = segments[i][..equals].Trim();
            if (!KnownSettings.Contains(setting))
            {
                throw new FormatException($"The storage connection string has an unsupported setting '{setting}'.");
            }

            if (!settings.TryAdd(setting, segments[i][(equals + 1)..].Trim()))
            {
                throw new FormatException($"The storage connection string sets '{setting}' more than once.");
            }
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string setting) =>
        settings.TryGetValue(setting, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {setting}.");

    private static byte[] DecodeKey(string value)
    {
        var key = new byte[value.Length];
        return Convert.TryFromBase64String(value, key, out var written) && written > 0
            ? key[..written]
            : throw new FormatException("The storage connection string's AccountKey is not valid base64.");
    }

    private static Uri? Endpoint(Dictionary<string, string> settings, string setting)
    {
        if (!settings.TryGetValue(setting, out var value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new FormatException($"The storage connection string's {setting} is not an absolute http(s) URI.");
        }

        return uri;
    }

    private static Uri Default(string protocol, string account, string service, string suffix) =>
        Uri.TryCreate($"{protocol}://{account}.{service}.{suffix}", UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException("The storage connection string's AccountName or EndpointSuffix does not form a valid host name.");
}
