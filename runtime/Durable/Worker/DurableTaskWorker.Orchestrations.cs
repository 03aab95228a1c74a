using Durable.Backend;

namespace Durable.Worker;

public sealed partial class DurableTaskWorker
{
    private async Task ProcessAsync(OrchestrationWorkItem workItem)
    {
        try
        {
            var outcome = _episodes.Process(workItem, _sessions.Take(workItem.InstanceId));
            await _backend.CompleteOrchestrationWorkItemAsync(workItem, outcome.Commit, CancellationToken.None).ConfigureAwait(false);
            if (outcome.Session is { } session)
            {
                _sessions.Put(workItem.InstanceId, session);
            }

            LogCommitted(workItem, outcome.Commit);
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
