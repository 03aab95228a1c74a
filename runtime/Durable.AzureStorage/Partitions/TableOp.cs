using AzureStorage.Client.Tables;

namespace Durable.AzureStorage.Partitions;

/// <summary>One write of a commit. <see cref="MayBeGone"/> marks a delete that succeeds in spirit when the row is already gone.</summary>
internal sealed record TableOp(TableTransactionActionType Type, TableEntity Entity, ETag? IfMatch = null, bool MayBeGone = false)
{
    public static TableOp Upsert(TableEntity entity) => new(TableTransactionActionType.UpsertReplace, entity);

    public static TableOp Delete(string partitionKey, string rowKey) =>
        new(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All, MayBeGone: true);

    /// <summary>A rough size of the operation in a $batch body, to keep batches under the 4 MiB limit.</summary>
    public int EstimatedBytes => 512 + Entity.Sum(p => p.Key.Length + (p.Value is string text ? text.Length * 3 : 32));

    public void AddTo(TableTransaction transaction)
    {
        switch (Type)
        {
            case TableTransactionActionType.Insert:
                transaction.Insert(Entity);
                break;
            case TableTransactionActionType.UpsertReplace:
                transaction.Upsert(Entity, TableUpdateMode.Replace);
                break;
            case TableTransactionActionType.UpsertMerge:
                transaction.Upsert(Entity, TableUpdateMode.Merge);
                break;
            case TableTransactionActionType.UpdateReplace:
                transaction.Update(Entity, IfMatch!.Value, TableUpdateMode.Replace);
                break;
            case TableTransactionActionType.UpdateMerge:
                transaction.Update(Entity, IfMatch!.Value, TableUpdateMode.Merge);
                break;
            case TableTransactionActionType.Delete:
                transaction.Delete(Entity.PartitionKey, Entity.RowKey, IfMatch ?? ETag.All);
                break;
        }
    }
}
