namespace AzureStorage.Client;

/// <summary>
/// A parsed storage account: its name, the Queue and Table endpoints, and the account key used for
/// Shared Key authorisation.
/// </summary>
/// <remarks>
/// The key is held only as bytes for signing and is never part of <see cref="ToString"/> or of any
/// exception message.
/// </remarks>
public sealed class StorageAccount
{
    /// <summary>Azurite's published development account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly byte[] _key;

    internal StorageAccount(string name, byte[] key, Uri queueEndpoint, Uri tableEndpoint)
    {
        Name = name;
        _key = key;
        QueueEndpoint = queueEndpoint;
        TableEndpoint = tableEndpoint;
    }

    /// <summary>The account name, as signed into every request.</summary>
    public string Name { get; }

    /// <summary>The Queue service endpoint, without a trailing slash.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>The Table service endpoint, without a trailing slash.</summary>
    public Uri TableEndpoint { get; }

    internal ReadOnlySpan<byte> Key => _key;

    /// <summary>
    /// Parses <c>UseDevelopmentStorage=true</c>,
    /// <c>DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…;EndpointSuffix=…</c>, or a string with
    /// explicit <c>QueueEndpoint=</c>/<c>TableEndpoint=</c>.
    /// </summary>
    /// <exception cref="FormatException">The string is malformed; the message names the problem but never
    /// repeats the string or the key.</exception>
    public static StorageAccount Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return ConnectionStringParser.Parse(connectionString);
    }

    /// <summary>Azurite's development account on 127.0.0.1 with its default ports.</summary>
    public static StorageAccount Development { get; } = new(
        DevelopmentAccountName,
        Convert.FromBase64String(DevelopmentAccountKey),
        new Uri("http://127.0.0.1:10001/" + DevelopmentAccountName),
        new Uri("http://127.0.0.1:10002/" + DevelopmentAccountName));

    /// <summary>The same account and key behind other endpoints, such as a proxy or an emulator on other ports.</summary>
    public StorageAccount WithEndpoints(Uri queueEndpoint, Uri tableEndpoint)
    {
        ArgumentNullException.ThrowIfNull(queueEndpoint);
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        return new StorageAccount(Name, _key, queueEndpoint, tableEndpoint);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (queue: {QueueEndpoint}, table: {TableEndpoint})";
}
