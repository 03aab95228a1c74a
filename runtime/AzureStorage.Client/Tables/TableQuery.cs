namespace AzureStorage.Client.Tables;

/// <summary>A query over one table.</summary>
/// <param name="Filter">An OData <c>$filter</c>, for example <c>PartitionKey eq 'a' and Count gt 3</c>; build literals with <see cref="TableFilter"/>. Null for all entities.</param>
/// <param name="Select">Property names for <c>$select</c> (keys and Timestamp always come); null for all properties.</param>
/// <param name="Top">Entities per page for <c>$top</c> (1-1000); null for the service's page size of 1,000.</param>
public sealed record TableQuery(string? Filter = null, IReadOnlyList<string>? Select = null, int? Top = null);
