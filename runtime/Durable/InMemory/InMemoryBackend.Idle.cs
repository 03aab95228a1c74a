namespace Durable.InMemory;

public sealed partial class InMemoryBackend
{
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public async Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task becameIdle;
            lock (_gate)
            {
                PromoteDueTimers();
                if (IsIdle())
                {
                    return;
                }

                becameIdle = _idle.Task;
            }

            await becameIdle.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool IsIdle() => _queuedInstances == 0 && _lockedInstances == 0 && _queuedActivities == 0 && _lockedActivities == 0;

    /// <summary>Wakes the idle waiters if nothing is ready or running; must hold the lock.</summary>
    private void SignalIfIdle()
    {
        if (IsIdle())
        {
            var idle = _idle;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle.TrySetResult();
        }
    }
}
