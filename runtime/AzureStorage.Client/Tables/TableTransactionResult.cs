namespace AzureStorage.Client.Tables;

/// <summary>The outcome of a committed transaction.</summary>
/// <param name="ETags">The new ETag of each action's entity, in action order; null for deletes.</param>
public sealed record TableTransactionResult(IReadOnlyList<ETag?> ETags);
