using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using AzureStorage.Client.Http;

namespace AzureStorage.Client.Tables;

/// <summary>
/// One table of the Table service. Writes return the entity's new <see cref="ETag"/>; conditional writes
/// take one in If-Match and fail with <see cref="StoragePreconditionFailedException"/> when it is stale.
/// </summary>
public sealed class TableClient
{
    private const string JsonContentType = "application/json";

    private static readonly KeyValuePair<string, string> NoContent = KeyValuePair.Create("Prefer", "return-no-content");

    private static readonly HttpMethod Merge = new("MERGE");

    private readonly StorageTransport _transport;

    internal TableClient(StorageTransport transport, string name)
    {
        _transport = transport;
        Name = name;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Creates the table; does nothing when it already exists.</summary>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = new StorageRequest(StorageService.Table, "Table.Create", HttpMethod.Post, "Tables")
        {
            Headers = [NoContent],
            Body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }),
            ContentType = JsonContentType,
        };
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Conflict && response.Header("x-ms-error-code") == "TableAlreadyExists")
        {
            return false;
        }

        response.EnsureSuccess();
        return true;
    }

    /// <summary>Deletes the table and its entities; does nothing when it does not exist.</summary>
    /// <returns>True when this call deleted it.</returns>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = new StorageRequest(StorageService.Table, "Table.Delete", HttpMethod.Delete, $"Tables('{Name}')");
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccess();
        return true;
    }

    /// <summary>Inserts an entity.</summary>
    /// <exception cref="StorageConflictException">The entity exists (EntityAlreadyExists).</exception>
    public Task<ETag> InsertAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return WriteAsync("Table.Insert", HttpMethod.Post, Name, entity, [NoContent], cancellationToken);
    }

    /// <summary>Inserts the entity, or replaces or merges into the stored one whatever its version.</summary>
    public Task<ETag> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return WriteAsync("Table.Upsert", Method(mode), EntityPath(entity.PartitionKey, entity.RowKey), entity, [], cancellationToken);
    }

    /// <summary>Replaces or merges into a stored entity whose version is <paramref name="ifMatch"/>.</summary>
    /// <exception cref="StoragePreconditionFailedException">The stored version differs (UpdateConditionNotSatisfied).</exception>
    /// <exception cref="StorageNotFoundException">The entity does not exist.</exception>
    public Task<ETag> UpdateAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch.Value, nameof(ifMatch));
        return WriteAsync(
            "Table.Update", Method(mode), EntityPath(entity.PartitionKey, entity.RowKey), entity, [IfMatch(ifMatch)], cancellationToken);
    }

    /// <summary>Deletes an entity whose version is <paramref name="ifMatch"/> (<see cref="ETag.All"/> for any).</summary>
    /// <exception cref="StoragePreconditionFailedException">The stored version differs.</exception>
    /// <exception cref="StorageNotFoundException">The entity does not exist.</exception>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch.Value, nameof(ifMatch));
        var request = new StorageRequest(StorageService.Table, "Table.DeleteEntity", HttpMethod.Delete, EntityPath(partitionKey, rowKey))
        {
            Headers = [IfMatch(ifMatch)],
        };
        (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
    }

    /// <summary>Reads one entity.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="select">Properties to return (keys and Timestamp always come); null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, or null when the table holds no such entity.</returns>
    /// <exception cref="StorageNotFoundException">The table itself does not exist (TableNotFound).</exception>
    public async Task<TableEntity?> GetEntityAsync(
        string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default)
    {
        var request = new StorageRequest(StorageService.Table, "Table.Get", HttpMethod.Get, EntityPath(partitionKey, rowKey))
        {
            Query = select is null ? [] : [TableQueryString.Select(select)],
        };
        var response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound && response.Header("x-ms-error-code") == "ResourceNotFound")
        {
            return null;
        }

        using var document = JsonDocument.Parse(response.EnsureSuccess().Body);
        return TableEntityJson.Read(document.RootElement, response.Header("ETag"));
    }

    /// <summary>Reads one page of a query.</summary>
    /// <param name="query">Filter, projection and page size.</param>
    /// <param name="continuationToken">Null for the first page, then the previous page's token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<TablePage> QueryAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new StorageRequest(StorageService.Table, "Table.Query", HttpMethod.Get, Name + "()")
        {
            Query = TableQueryString.Parameters(query, continuationToken),
        };
        var response = (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        using var document = JsonDocument.Parse(response.Body);
        var entities = document.RootElement.GetProperty("value").EnumerateArray().Select(e => TableEntityJson.Read(e, null)).ToList();
        var token = TableContinuationToken.Encode(
            response.Header("x-ms-continuation-NextPartitionKey"), response.Header("x-ms-continuation-NextRowKey"));
        return new TablePage(entities, token);
    }

    /// <summary>Every entity matching the query, reading page after page as the caller iterates.</summary>
    public async IAsyncEnumerable<TableEntity> QueryAllAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? token = null;
        do
        {
            var page = await QueryAsync(query, token, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    /// <summary>Applies the transaction's actions atomically: all of them, or none.</summary>
    /// <exception cref="TableTransactionFailedException">An action was rejected; it says which and why.</exception>
    /// <exception cref="StorageRequestException">The service rejected the batch as a whole.</exception>
    public async Task<TableTransactionResult> SubmitTransactionAsync(TableTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Actions.Count == 0)
        {
            return new TableTransactionResult([]);
        }

        var (body, contentType) = TableBatch.Write(transaction, _transport.Endpoint(StorageService.Table), Name);
        var request = new StorageRequest(StorageService.Table, "Table.Batch", HttpMethod.Post, "$batch") { Body = body, ContentType = contentType };
        var response = (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var parts = TableBatch.Read(Encoding.UTF8.GetString(response.Body), response.ContentType);
        if (parts.FirstOrDefault(p => !p.IsSuccess) is { } failed)
        {
            var (code, message) = StorageErrors.ReadBody(Encoding.UTF8.GetBytes(failed.Body));
            var index = TableBatch.FailedIndex(failed.Headers, failed.Body);
            TableTransactionActionType? type = index >= 0 && index < transaction.Actions.Count ? transaction.Actions[index.Value].Type : null;
            Log.TransactionFailed(_transport.Logger, index ?? -1, (int)failed.Status, code);
            throw new TableTransactionFailedException(response.Attempts, failed.Status, code, TableBatch.WithoutIndex(message), index, type);
        }

        return parts.Count == transaction.Actions.Count
            ? new TableTransactionResult(parts.Select(p => p.ETag).ToList())
            : throw new FormatException($"The $batch answer has {parts.Count} responses for {transaction.Actions.Count} actions.");
    }

    private async Task<ETag> WriteAsync(
        string operation, HttpMethod method, string path, TableEntity entity, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var request = new StorageRequest(StorageService.Table, operation, method, path)
        {
            Headers = headers,
            Body = TableEntityJson.Serialize(entity),
            ContentType = JsonContentType,
        };
        var response = (await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        return new ETag(response.Header("ETag") ?? throw new FormatException($"The Table service's answer to {operation} has no ETag."));
    }

    private string EntityPath(string partitionKey, string rowKey) =>
        TableKey.EntityPath(Name, TableKey.Validate(partitionKey, nameof(partitionKey)), TableKey.Validate(rowKey, nameof(rowKey)));

    private static HttpMethod Method(TableUpdateMode mode) => mode == TableUpdateMode.Replace ? HttpMethod.Put : Merge;

    private static KeyValuePair<string, string> IfMatch(ETag etag) => KeyValuePair.Create("If-Match", etag.Value);
}
