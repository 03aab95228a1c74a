namespace AzureStorage.Client.Tables;

/// <summary>One page of query results.</summary>
/// <param name="Entities">The entities of this page; a page may be empty yet have a continuation.</param>
/// <param name="ContinuationToken">Opaque token for the next page, or null after the last page. Same
/// format as the Azure SDK for JavaScript's token, so the two can be exchanged.</param>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);
