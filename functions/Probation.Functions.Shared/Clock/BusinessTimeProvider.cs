namespace Probation.Functions.Clock;

/// <summary>The system's time moved by the business clock's offset; timers and time stamps stay the system's.</summary>
internal sealed class BusinessTimeProvider(BusinessClock clock, TimeProvider system) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + clock.Current.Offset;
}
