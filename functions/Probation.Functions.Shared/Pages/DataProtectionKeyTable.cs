using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Probation.Functions.Hosting;

namespace Probation.Functions.Pages;

/// <summary>
/// The key ring that protects the sign-in cookie and the forms' anti-forgery tokens, in <c>{hub}DataProtectionKeys</c>
/// (one row per key), so that every host of one task hub reads what another wrote: a second self-host or a Functions
/// instance that scales out would otherwise keep keys of its own and refuse the others' cookies and forms.
/// </summary>
/// <remarks>
/// The keys are stored as the framework writes them, unencrypted, as its file system default does; the table is
/// reachable only with the account's credentials (in Azure, the app's identity alone: infra/).
/// </remarks>
internal sealed class DataProtectionKeyTable(TableServiceClient storage, AppTables tables) : IXmlRepository, IStorageInitializer
{
    private const string Partition = "keys";
    private const string XmlProperty = "Xml";

    private readonly TableClient _keys = storage.GetTableClient(tables.DataProtectionKeys);
    private bool _created;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _keys.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _created, true);
    }

    // The framework's repository interface is synchronous; it reads the ring once and again only when a key expires.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        return [.. _keys.Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: [XmlProperty])
            .Select(row => XElement.Parse(row.GetString(XmlProperty)!))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        _keys.AddEntity(new TableEntity(Partition, friendlyName) { [XmlProperty] = element.ToString(SaveOptions.DisableFormatting) });
    }

    // The framework reads the ring as the host starts, which may be before the storage initializers have run.
    private void EnsureTable()
    {
        if (!Volatile.Read(ref _created))
        {
            _keys.CreateIfNotExists();
            Volatile.Write(ref _created, true);
        }
    }
}
