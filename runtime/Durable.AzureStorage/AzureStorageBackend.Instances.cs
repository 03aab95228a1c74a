using AzureStorage.Client;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;
using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage;

public sealed partial class AzureStorageBackend
{
    private const int MaxCreateAttempts = 5;

    /// <inheritdoc />
    public async Task<CreateInstanceResult> CreateInstanceAsync(
        string instanceId, ExecutionStartedEvent start, bool replaceEnded, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentNullException.ThrowIfNull(start);
        PayloadLimits.Check(start.Input, "the orchestration input");
        var partitionKey = _hub.Map.KeyOf(instanceId);
        var pending = OrchestrationState.Pending(instanceId, start);

        // New ids are the common case: insert first, and read only when the instance turns out to exist.
        TableEntity? existing = null;
        for (var attempt = 1; ; attempt++)
        {
            var transaction = new TableTransaction();
            if (existing is not null)
            {
                var row = InstanceRow.FromEntity(existing);
                if (!row.State.Status.IsTerminal() || !replaceEnded)
                {
                    return new CreateInstanceResult(false, row.State);
                }

                // The new run's history starts after the old one's rows, which are left for clean-up and never read.
                transaction.Update(new InstanceRow(pending, row.HistoryStart + row.HistoryRows, 0).ToEntity(partitionKey), existing.ETag!.Value, TableUpdateMode.Replace);
            }
            else
            {
                transaction.Insert(new InstanceRow(pending, 0, 0).ToEntity(partitionKey));
            }

            transaction.Insert(InboxRow(partitionKey, new OrchestrationMessage(instanceId, start.ExecutionId, start)));
            try
            {
                await _hub.Table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                SignalPartition(partitionKey);
                return new CreateInstanceResult(true, pending);
            }
            catch (TableTransactionFailedException raced) when (attempt < MaxCreateAttempts && raced.FailedActionIndex == 0)
            {
                existing = await _hub.Table.GetEntityAsync(partitionKey, RowKeys.Instance(instanceId), null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task SendMessageAsync(OrchestrationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Event is EventRaisedEvent raised)
        {
            PayloadLimits.Check(raised.Input, $"the payload of event '{raised.Name}'");
        }

        var partitionKey = _hub.Map.KeyOf(message.InstanceId);
        await _hub.Table.InsertAsync(InboxRow(partitionKey, message), cancellationToken).ConfigureAwait(false);
        SignalPartition(partitionKey);
    }

    /// <inheritdoc />
    public async Task<OrchestrationState?> GetStateAsync(
        string instanceId, bool includeInputsAndOutputs = true, CancellationToken cancellationToken = default)
    {
        var select = includeInputsAndOutputs ? null : InstanceRow.WithoutPayloads;
        var entity = await _hub.Table.GetEntityAsync(_hub.Map.KeyOf(instanceId), RowKeys.Instance(instanceId), select, cancellationToken)
            .ConfigureAwait(false);
        return entity is null ? null : InstanceRow.FromEntity(entity).State;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var partitionKey = _hub.Map.KeyOf(instanceId);
        var entity = await _hub.Table.GetEntityAsync(partitionKey, RowKeys.Instance(instanceId), InstanceRow.WithoutPayloads, cancellationToken)
            .ConfigureAwait(false);
        if (entity is null || InstanceRow.FromEntity(entity) is not { HistoryRows: > 0 } row)
        {
            return [];
        }

        var rows = await _hub.Table.QueryAllAsync(new TableQuery(RowKeys.HistoryOf(partitionKey, instanceId, row)), cancellationToken)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return HistoryRows.FromEntities(rows);
    }

    /// <inheritdoc />
    public async Task<PurgeOutcome> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var partitionKey = _hub.Map.KeyOf(instanceId);
        var entity = await _hub.Table.GetEntityAsync(partitionKey, RowKeys.Instance(instanceId), InstanceRow.WithoutPayloads, cancellationToken)
            .ConfigureAwait(false);
        if (entity is null)
        {
            return PurgeOutcome.NotFound;
        }

        var row = InstanceRow.FromEntity(entity);
        if (!row.State.Status.IsTerminal())
        {
            return PurgeOutcome.NotEnded;
        }

        try
        {
            await _hub.Table.DeleteEntityAsync(partitionKey, RowKeys.Instance(instanceId), entity.ETag!.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException exception) when (exception is StoragePreconditionFailedException or StorageNotFoundException)
        {
            return await PurgeInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }

        await DeleteHistoryRowsAsync(partitionKey, instanceId, cancellationToken).ConfigureAwait(false);
        return PurgeOutcome.Purged;
    }

    private TableEntity InboxRow(string partitionKey, OrchestrationMessage message)
    {
        var rowKey = RowKeys.Message(message.InstanceId, _hub.Sequence.Next(), Guid.CreateVersion7(_hub.LeaseClock.GetUtcNow()).ToString("N"));
        return MessageRow.ToEntity(partitionKey, rowKey, message);
    }

    /// <summary>Deletes every history row of an instance, the leftovers of earlier runs included.</summary>
    private async Task DeleteHistoryRowsAsync(string partitionKey, string instanceId, CancellationToken cancellationToken)
    {
        var query = new TableQuery(RowKeys.Range(partitionKey, RowKeys.HistoryPrefix(instanceId)), ["RowKey"]);
        var rows = await _hub.Table.QueryAllAsync(query, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in rows.Chunk(TableTransaction.MaxActions))
        {
            var transaction = new TableTransaction();
            foreach (var row in chunk)
            {
                transaction.Delete(partitionKey, row.RowKey, ETag.All);
            }

            await _hub.Table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        }
    }
}
