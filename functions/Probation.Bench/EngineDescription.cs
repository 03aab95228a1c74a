using System.Globalization;
using Probation.Functions.Engine;

namespace Probation.Bench;

/// <summary>The engine settings a figure was measured with, for the report's notes.</summary>
internal static class EngineDescription
{
    public static string Of(EngineOptions engine) => string.Create(CultureInfo.InvariantCulture,
        $"Engine: {engine.PartitionCount} partitions, MaxQueuePollingInterval {engine.MaxQueuePollingInterval.TotalMilliseconds:N0} ms, {engine.MaxConcurrentOrchestrations} orchestrations and {engine.MaxConcurrentActivities} activities at once, extended sessions {(engine.ExtendedSessions ? "on" : "off")}.");
}
