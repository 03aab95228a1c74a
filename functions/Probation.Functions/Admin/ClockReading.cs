namespace Probation.Functions.Admin;

/// <summary>The virtual clock's time (UTC).</summary>
public sealed record ClockReading(DateTime Now)
{
    public static ClockReading At(DateTimeOffset now) => new(now.UtcDateTime);
}
