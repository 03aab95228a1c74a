using Durable.Backend;
using Durable.History;

namespace Durable.Worker;

/// <summary>
/// Decides which of a work item's messages an episode applies: drops duplicates, messages for other executions and
/// messages for instances that have ended or never started.
/// </summary>
internal static class MessageFilter
{
    public static List<HistoryEvent> Accept(OrchestrationWorkItem workItem, out ExecutionStartedEvent? start)
    {
        start = HistoryFacts.Start(workItem.History);
        var ended = start is not null && workItem.State?.Status.IsTerminal() == true;
        var accepted = new List<HistoryEvent>(workItem.Messages.Count);
        if (ended)
        {
            return accepted;
        }

        HashSet<int>? completed = null;
        foreach (var message in workItem.Messages)
        {
            if (message.Event is ExecutionStartedEvent startMessage)
            {
                if (start is null)
                {
                    start = startMessage;
                    accepted.Add(startMessage);
                }

                continue;
            }

            if (start is null || (message.ExecutionId is { } executionId && executionId != start.ExecutionId))
            {
                continue;
            }

            if (HistoryFacts.ResultFor(message.Event) is { } taskId)
            {
                completed ??= HistoryFacts.WithResults(workItem.History);
                if (!completed.Add(taskId))
                {
                    continue;
                }
            }

            accepted.Add(message.Event);
        }

        return accepted;
    }
}
