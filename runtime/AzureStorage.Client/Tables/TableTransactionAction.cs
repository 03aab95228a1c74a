namespace AzureStorage.Client.Tables;

/// <summary>One write of an entity group transaction.</summary>
/// <param name="Type">The kind of write.</param>
/// <param name="Entity">The entity written, or for a delete an entity carrying just the keys.</param>
/// <param name="IfMatch">The ETag condition for updates and deletes; null for inserts and upserts.</param>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity, ETag? IfMatch);
