using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage;

/// <summary>
/// The largest payload (input, output, event or activity result) the backend stores: well inside a table entity
/// (1 MiB), so an event always fits one history row.
/// </summary>
public static class PayloadLimits
{
    /// <summary>The largest serialized payload, in characters.</summary>
    public const int MaxChars = 256 * 1024;

    /// <summary>Refuses a payload over the limit.</summary>
    /// <param name="payload">The serialized payload.</param>
    /// <param name="what">What it is, for the error.</param>
    /// <exception cref="PayloadTooLargeException">It is over the limit.</exception>
    public static void Check(string? payload, string what)
    {
        if (payload is { Length: > MaxChars })
        {
            throw new PayloadTooLargeException(what, payload.Length);
        }
    }

    /// <summary>Turns an activity result over the limit into a failure the orchestration sees, with the reason.</summary>
    internal static OrchestrationMessage Enforce(OrchestrationMessage result, string activityName)
    {
        if (result.Event is TaskCompletedEvent { Result.Length: > MaxChars } completed)
        {
            var failure = new TaskFailureDetails(
                typeof(PayloadTooLargeException).FullName!,
                new PayloadTooLargeException($"the result of activity '{activityName}'", completed.Result!.Length).Message,
                null,
                null);
            return result with { Event = new TaskFailedEvent(-1, completed.Timestamp, completed.TaskScheduledId, failure) };
        }

        return result;
    }
}
