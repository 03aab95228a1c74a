namespace Durable;

/// <summary>Base class for an orchestrator with typed input and output.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <summary>Runs the orchestrator; see <see cref="TaskOrchestrationContext"/> for the determinism rules.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The input.</param>
    /// <returns>The output.</returns>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    /// <inheritdoc />
    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}
