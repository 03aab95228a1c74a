using Durable.Time;

namespace Probation.Functions.Hosting;

/// <summary>The clock of timers and due dates: the system clock, or a virtual one that <c>POST /admin/clock</c> moves.</summary>
internal sealed class BusinessClock(TimeProvider provider)
{
    public TimeProvider Provider { get; } = provider;

    public VirtualTimeProvider? Virtual => Provider as VirtualTimeProvider;
}
