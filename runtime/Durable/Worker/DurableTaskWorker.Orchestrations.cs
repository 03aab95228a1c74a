using Durable.Backend;

namespace Durable.Worker;

public sealed partial class DurableTaskWorker
{
    private async Task ProcessAsync(OrchestrationWorkItem workItem)
    {
        try
        {
            var commit = _episodes.Process(workItem);
            await _backend.CompleteOrchestrationWorkItemAsync(workItem, commit, CancellationToken.None).ConfigureAwait(false);
            LogCommitted(workItem, commit);
        }
        catch (Exception exception)
        {
            _logger.EpisodeAbandoned(exception, workItem.InstanceId);
            await AbandonQuietlyAsync(() => _backend.AbandonOrchestrationWorkItemAsync(
                workItem, $"{exception.GetType().FullName}: {exception.Message}", CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private void LogCommitted(OrchestrationWorkItem workItem, OrchestrationCommit commit)
    {
        if (commit.State is not { } state)
        {
            return;
        }

        _logger.EpisodeCommitted(
            workItem.InstanceId, state.Name, state.Status, commit.NewEvents.Count, commit.Activities.Count, commit.Messages.Count, commit.Timers.Count);
        if (state.Failure is { } failure)
        {
            _logger.InstanceFailed(workItem.InstanceId, state.Name, failure.ErrorType);
        }

        if (state.Status.IsTerminal())
        {
            _logger.InstanceEnded(workItem.InstanceId, state.Name, state.Status);
        }
    }
}
