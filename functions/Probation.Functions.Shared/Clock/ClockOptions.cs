namespace Probation.Functions.Clock;

/// <summary>The <c>Clock</c> settings.</summary>
public sealed class ClockOptions
{
    public const string SectionName = "Clock";

    public ClockMode Mode { get; set; } = ClockMode.System;

    /// <summary>Where a virtual clock starts; the real time at start-up when empty.</summary>
    public DateTimeOffset? Start { get; set; }
}
