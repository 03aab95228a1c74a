namespace AzureStorage.Client.Tables;

/// <summary>
/// Up to 100 writes to entities of one partition, applied atomically by
/// <see cref="TableClient.SubmitTransactionAsync"/>: all succeed or none does.
/// </summary>
/// <remarks>Each entity may appear once. The limits are checked as actions are added.</remarks>
public sealed class TableTransaction
{
    /// <summary>The service's limit on actions per transaction.</summary>
    public const int MaxActions = 100;

    private readonly List<TableTransactionAction> _actions = [];
    private readonly HashSet<string> _rowKeys = new(StringComparer.Ordinal);

    /// <summary>The partition every action targets, fixed by the first action.</summary>
    public string? PartitionKey { get; private set; }

    /// <summary>The actions in the order they will be applied.</summary>
    public IReadOnlyList<TableTransactionAction> Actions => _actions;

    /// <summary>Adds an insert.</summary>
    public TableTransaction Insert(TableEntity entity) => Add(TableTransactionActionType.Insert, entity, null);

    /// <summary>Adds an insert-or-replace or insert-or-merge.</summary>
    public TableTransaction Upsert(TableEntity entity, TableUpdateMode mode) =>
        Add(mode == TableUpdateMode.Replace ? TableTransactionActionType.UpsertReplace : TableTransactionActionType.UpsertMerge, entity, null);

    /// <summary>Adds a replace or merge of an existing entity, conditional on <paramref name="ifMatch"/>.</summary>
    public TableTransaction Update(TableEntity entity, ETag ifMatch, TableUpdateMode mode) =>
        Add(mode == TableUpdateMode.Replace ? TableTransactionActionType.UpdateReplace : TableTransactionActionType.UpdateMerge, entity, ifMatch);

    /// <summary>Adds a delete, conditional on <paramref name="ifMatch"/> (<see cref="ETag.All"/> for none).</summary>
    public TableTransaction Delete(string partitionKey, string rowKey, ETag ifMatch) =>
        Add(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ifMatch);

    private TableTransaction Add(TableTransactionActionType type, TableEntity entity, ETag? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_actions.Count == MaxActions)
        {
            throw new InvalidOperationException($"A table transaction holds at most {MaxActions} actions.");
        }

        if (PartitionKey is not null && PartitionKey != entity.PartitionKey)
        {
            throw new ArgumentException("All actions of a table transaction must target one partition.", nameof(entity));
        }

        if (!_rowKeys.Add(entity.RowKey))
        {
            throw new ArgumentException("A table transaction may touch each entity once; this row key is already in it.", nameof(entity));
        }

        PartitionKey = entity.PartitionKey;
        _actions.Add(new TableTransactionAction(type, entity, ifMatch));
        return this;
    }
}
