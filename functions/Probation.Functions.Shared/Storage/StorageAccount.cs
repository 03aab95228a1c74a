using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

/// <summary>
/// The account <c>AzureWebJobsStorage</c> names, in either form the Functions host reads: a connection string
/// (<c>UseDevelopmentStorage=true</c> for Azurite), or identity-based (<c>AzureWebJobsStorage__accountName</c>, or
/// <c>__blobServiceUri</c>, <c>__queueServiceUri</c> and <c>__tableServiceUri</c>; <c>__credential=managedidentity</c>,
/// with <c>__clientId</c> for a user-assigned identity), which is what infra/ deploys: that account takes no keys.
/// </summary>
internal sealed class StorageAccount
{
    public const string SettingName = "AzureWebJobsStorage";

    private StorageAccount(string? connectionString, ServiceUris? services)
    {
        ConnectionString = connectionString;
        Services = services;
    }

    /// <summary>The connection string, when the account is given by one.</summary>
    public string? ConnectionString { get; }

    /// <summary>The service endpoints and the credential, when the account is given by identity.</summary>
    public ServiceUris? Services { get; }

    /// <summary>The account the configuration names, or why it names none (the message names the settings).</summary>
    public static (StorageAccount? Account, string? Error) Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        if (section.Value is { Length: > 0 } connectionString)
        {
            return (new StorageAccount(connectionString, services: null), null);
        }

        var accountName = section["accountName"];
        Uri? blob = null, queue = null, table = null;
        foreach (var (service, set) in new (string, Action<Uri>)[] { ("blob", u => blob = u), ("queue", u => queue = u), ("table", u => table = u) })
        {
            var key = service + "ServiceUri";
            var text = section[key] is { Length: > 0 } given ? given : accountName is { Length: > 0 } ? $"https://{accountName}.{service}.core.windows.net" : null;
            if (text is null)
            {
                return (null, $"{SettingName} must be set: a storage connection string (UseDevelopmentStorage=true for Azurite), or {SettingName}__accountName, or {SettingName}__blobServiceUri, __queueServiceUri and __tableServiceUri.");
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                return (null, $"{SettingName}__{key} must be an https URI (or {SettingName}__accountName a storage account name).");
            }

            set(uri);
        }

        return (new StorageAccount(connectionString: null, new ServiceUris(blob!, queue!, table!, Credential(section))), null);
    }

    public TableServiceClient Tables(TableClientOptions options) =>
        ConnectionString is { } connectionString ? new(connectionString, options) : new(Services!.Table, Services.Credential, options);

    public QueueServiceClient Queues(QueueClientOptions options) =>
        ConnectionString is { } connectionString ? new(connectionString, options) : new(Services!.Queue, Services.Credential, options);

    private static TokenCredential Credential(IConfigurationSection section) =>
        string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(section["clientId"] is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();

    /// <summary>An identity-based account: its three service endpoints and the credential to reach them with.</summary>
    internal sealed record ServiceUris(Uri Blob, Uri Queue, Uri Table, TokenCredential Credential);
}
