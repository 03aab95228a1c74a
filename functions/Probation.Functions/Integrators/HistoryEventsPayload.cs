using System.Text.Json.Nodes;
using DurableTask.Core;
using DurableTask.Core.History;

namespace Probation.Functions.Integrators;

/// <summary>
/// History as Durable Functions' status API shows it: episode markers left out, each scheduled activity or
/// sub-orchestration folded into its completion (with its function name and scheduled time), results only on request.
/// </summary>
internal static class HistoryEventsPayload
{
    public static JsonArray From(IList<HistoryEvent> history, bool showInput, bool showOutput)
    {
        var scheduled = new Dictionary<int, HistoryEvent>();
        var completed = new HashSet<int>();
        foreach (var recorded in history)
        {
            if (recorded is TaskScheduledEvent or SubOrchestrationInstanceCreatedEvent)
            {
                scheduled[recorded.EventId] = recorded;
            }
            else if (CompletedId(recorded) is { } id)
            {
                completed.Add(id);
            }
        }

        var events = new JsonArray();
        foreach (var recorded in history)
        {
            if (recorded is OrchestratorStartedEvent or OrchestratorCompletedEvent
                || (recorded is TaskScheduledEvent or SubOrchestrationInstanceCreatedEvent && completed.Contains(recorded.EventId)))
            {
                continue;
            }

            var row = new JsonObject { ["EventType"] = recorded.EventType.ToString() };
            Describe(row, recorded, CompletedId(recorded) is { } id ? scheduled.GetValueOrDefault(id) : null, showInput, showOutput);
            row["Timestamp"] = JsonText.EventTime(recorded.Timestamp);
            events.Add(row);
        }

        return events;
    }

    private static int? CompletedId(HistoryEvent recorded) => recorded switch
    {
        TaskCompletedEvent e => e.TaskScheduledId,
        TaskFailedEvent e => e.TaskScheduledId,
        SubOrchestrationInstanceCompletedEvent e => e.TaskScheduledId,
        SubOrchestrationInstanceFailedEvent e => e.TaskScheduledId,
        _ => null,
    };

    private static void Describe(JsonObject row, HistoryEvent recorded, HistoryEvent? schedule, bool showInput, bool showOutput)
    {
        if (schedule is not null)
        {
            row["FunctionName"] = schedule is TaskScheduledEvent task ? task.Name : ((SubOrchestrationInstanceCreatedEvent)schedule).Name;
            row["ScheduledTime"] = JsonText.EventTime(schedule.Timestamp);
        }

        switch (recorded)
        {
            case ExecutionStartedEvent started:
                row["FunctionName"] = started.Name;
                Add(row, "Input", started.Input, showInput);
                break;
            case ExecutionCompletedEvent ended:
                row["OrchestrationStatus"] = ended.OrchestrationStatus.ToString();
                Add(row, "Result", ended.Result, showOutput);
                AddFailure(row, ended.FailureDetails);
                break;
            case TaskCompletedEvent e:
                Add(row, "Result", e.Result, showOutput);
                break;
            case SubOrchestrationInstanceCompletedEvent e:
                Add(row, "Result", e.Result, showOutput);
                break;
            case TaskFailedEvent e:
                AddFailure(row, e.FailureDetails);
                break;
            case SubOrchestrationInstanceFailedEvent e:
                AddFailure(row, e.FailureDetails);
                break;
            case TaskScheduledEvent e:
                row["Name"] = e.Name;
                break;
            case SubOrchestrationInstanceCreatedEvent e:
                row["Name"] = e.Name;
                row["InstanceId"] = e.InstanceId;
                break;
            case TimerCreatedEvent e:
                row["FireAt"] = JsonText.EventTime(e.FireAt);
                break;
            case TimerFiredEvent e:
                row["FireAt"] = JsonText.EventTime(e.FireAt);
                break;
            case EventRaisedEvent e:
                row["Name"] = e.Name;
                Add(row, "Input", e.Input, showOutput);
                break;
            case EventSentEvent e:
                row["Name"] = e.Name;
                row["InstanceId"] = e.InstanceId;
                break;
            case ExecutionTerminatedEvent e:
                Add(row, "Input", e.Input, shown: true);
                break;
            case ExecutionSuspendedEvent e:
                row["Reason"] = e.Reason;
                break;
            case ExecutionResumedEvent e:
                row["Reason"] = e.Reason;
                break;
        }
    }

    private static void Add(JsonObject row, string name, string? serialized, bool shown)
    {
        if (shown)
        {
            row[name] = JsonText.Parse(serialized);
        }
    }

    private static void AddFailure(JsonObject row, FailureDetails? failure)
    {
        if (failure is not null)
        {
            row["Reason"] = failure.ErrorMessage;
            row["FailureDetails"] = new JsonObject { ["ErrorType"] = failure.ErrorType, ["ErrorMessage"] = failure.ErrorMessage };
        }
    }
}
