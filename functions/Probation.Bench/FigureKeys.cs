namespace Probation.Bench;

/// <summary>The keys of the figures the report and the goals look up.</summary>
internal static class FigureKeys
{
    public const string RawQueueCycles = "raw.queue.cycles";
    public const string HelloActivityEvents = "hello.activities";
    public const string HelloRequestsPerActivity = "hello.requests";
    public const string OrderIntakeP99 = "orders.intake.p99";
    public const string StaffEvents = "events.throughput";
}
