using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Probation.Functions.Engine;

/// <summary>
/// Small SDK orchestrators and activities, each showing one behaviour of the engine the app relies on. They are
/// deterministic, as the engine's replay requires: time and ids from the context only.
/// </summary>
internal static class EngineTestOrchestrations
{
    /// <summary>Returns its input.</summary>
    public const string Echo = nameof(Echo);

    /// <summary>Calls <see cref="SayHello"/> once with its input and returns the greeting.</summary>
    public const string Greet = nameof(Greet);

    public const string SayHello = nameof(SayHello);

    /// <summary>Calls <see cref="Flaky"/> under a retry policy of as many attempts as its input says.</summary>
    public const string CallFlaky = nameof(CallFlaky);

    /// <summary>Calls <see cref="Flaky"/> once, catches its failure and returns what the failure details say of it.</summary>
    public const string CatchFlaky = nameof(CatchFlaky);

    /// <summary>Fails on its first two calls for a key, then returns which attempt succeeded.</summary>
    public const string Flaky = nameof(Flaky);

    /// <summary>Waits for "Go" or an hour's timer, whichever comes first, and cancels the timer if "Go" wins.</summary>
    public const string GoOrTimer = nameof(GoOrTimer);

    /// <summary>Waits on a timer whose fire time is an hour in the past.</summary>
    public const string PastTimer = nameof(PastTimer);

    /// <summary>Waits for "Approve" and "Reject" at once; returns the name and payload of the first raised.</summary>
    public const string ApproveOrReject = nameof(ApproveOrReject);

    /// <summary>Takes one "Count" event per execution and continues as new, until it has the number expected.</summary>
    public const string CountEvents = nameof(CountEvents);

    /// <summary>Waits for "Go"; returns its input and the event's payload.</summary>
    public const string AwaitGo = nameof(AwaitGo);

    /// <summary>Waits for "Go", then "Done", reporting each step in its custom status (<see cref="ProgressStatus"/>).</summary>
    public const string Steps = nameof(Steps);

    public const string WaitingForGo = "waiting for go";
    public const string WaitingForDone = "waiting for done";

    public static void Register(DurableTaskRegistry registry, ConcurrentDictionary<string, int> attempts)
    {
        registry.AddOrchestratorFunc<string, string>(Echo, (_, input) => input);
        registry.AddOrchestratorFunc<string, string>(Greet, (context, name) => context.CallActivityAsync<string>(SayHello, name));
        registry.AddActivityFunc<string, string>(SayHello, (_, name) => $"Hello, {name}!");
        registry.AddOrchestratorFunc<int, string>(CallFlaky, (context, maxAttempts) => context.CallActivityAsync<string>(
            Flaky, context.InstanceId, TaskOptions.FromRetryPolicy(new RetryPolicy(maxAttempts, TimeSpan.FromMilliseconds(100)))));
        registry.AddActivityFunc<string, string>(Flaky, (_, key) =>
        {
            var attempt = attempts.AddOrUpdate(key, 1, (_, before) => before + 1);
            return attempt < 3 ? throw new InvalidOperationException($"Attempt {attempt} fails.") : $"attempt {attempt}";
        });
        registry.AddOrchestratorFunc<string, string>(CatchFlaky, CatchFlakyAsync);
        registry.AddOrchestratorFunc<string, string>(GoOrTimer, GoOrTimerAsync);
        registry.AddOrchestratorFunc<string, string>(PastTimer, async (context, _) =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddHours(-1), CancellationToken.None);
            return "fired";
        });
        registry.AddOrchestratorFunc<string, string>(ApproveOrReject, ApproveOrRejectAsync);
        registry.AddOrchestratorFunc<EventTally, EventTally>(CountEvents, CountEventsAsync);
        registry.AddOrchestratorFunc<string, string>(AwaitGo, async (context, input) => $"{input}:{await context.WaitForExternalEvent<string>("Go")}");
        registry.AddOrchestratorFunc<string, string>(Steps, StepsAsync);
    }

    private static async Task<string> CatchFlakyAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            return await context.CallActivityAsync<string>(Flaky, context.InstanceId);
        }
        catch (TaskFailedException failed)
        {
            return $"{failed.FailureDetails.ErrorType}: {failed.FailureDetails.ErrorMessage} ({failed.FailureDetails.IsCausedBy<InvalidOperationException>()})";
        }
    }

    private static async Task<string> GoOrTimerAsync(TaskOrchestrationContext context, string input)
    {
        using var timerCancellation = new CancellationTokenSource();
        var timer = context.CreateTimer(context.CurrentUtcDateTime.AddHours(1), timerCancellation.Token);
        var go = context.WaitForExternalEvent<string>("Go");
        if (await Task.WhenAny(go, timer) == go)
        {
            // A timer left pending keeps the orchestration from completing.
            timerCancellation.Cancel();
            return $"go:{await go}";
        }

        return "timer";
    }

    private static async Task<string> ApproveOrRejectAsync(TaskOrchestrationContext context, string input)
    {
        var approve = context.WaitForExternalEvent<string>("Approve");
        var reject = context.WaitForExternalEvent<string>("Reject");
        return await Task.WhenAny(approve, reject) == approve ? $"Approve:{await approve}" : $"Reject:{await reject}";
    }

    private static async Task<EventTally> CountEventsAsync(TaskOrchestrationContext context, EventTally tally)
    {
        if (tally.Counted == tally.Expected)
        {
            return tally;
        }

        var payload = await context.WaitForExternalEvent<int>("Count");
        var next = tally with { Counted = tally.Counted + 1, Sum = tally.Sum + payload };
        context.SetCustomStatus(next);

        // Events raised while this execution ends are carried over to the next one.
        context.ContinueAsNew(next, preserveUnprocessedEvents: true);
        return next;
    }

    private static async Task<string> StepsAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus(new ProgressStatus(WaitingForGo, null));
        var go = await context.WaitForExternalEvent<string>("Go");
        context.SetCustomStatus(new ProgressStatus(WaitingForDone, go));
        var done = await context.WaitForExternalEvent<string>("Done");
        return $"{go}+{done}";
    }
}
