using Durable.Backend;

namespace Durable.Time;

/// <summary>
/// Moves a virtual clock forward through a backend's timers: to each due time in turn, waiting each time until the work
/// the timers caused has settled, so a timer set by that work fires in its turn too.
/// </summary>
/// <param name="clock">The virtual clock the backend and the workers use.</param>
/// <param name="backend">The backend whose timers are followed.</param>
public sealed class VirtualClockDriver(VirtualTimeProvider clock, IOrchestrationBackend backend)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>The clock.</summary>
    public VirtualTimeProvider Clock => clock;

    /// <summary>Advances the clock to <paramref name="target"/> and returns when all work due by then has settled.</summary>
    /// <param name="target">The new time; not earlier than now.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The clock's time afterwards.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is earlier than now.</exception>
    public async Task<DateTimeOffset> AdvanceToAsync(DateTimeOffset target, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (target < clock.GetUtcNow())
            {
                throw new ArgumentOutOfRangeException(
                    nameof(target), $"The clock never moves backwards: it is {clock.GetUtcNow():o}, not {target.ToUniversalTime():o}.");
            }

            await backend.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
            while (await backend.GetNextTimerDueAsync(cancellationToken).ConfigureAwait(false) is { } next
                && new DateTimeOffset(next, TimeSpan.Zero) <= target)
            {
                var due = new DateTimeOffset(next, TimeSpan.Zero);
                if (due > clock.GetUtcNow())
                {
                    clock.AdvanceTo(due);
                }

                await backend.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
            }

            clock.AdvanceTo(target);
            await backend.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
            return clock.GetUtcNow();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Advances the clock by <paramref name="delta"/>; see <see cref="AdvanceToAsync"/>.</summary>
    /// <param name="delta">How far; not negative.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The clock's time afterwards.</returns>
    public Task<DateTimeOffset> AdvanceByAsync(TimeSpan delta, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        return AdvanceToAsync(clock.GetUtcNow() + delta, cancellationToken);
    }
}
