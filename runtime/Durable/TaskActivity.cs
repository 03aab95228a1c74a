namespace Durable;

/// <summary>Base class for an activity with typed input and output.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
/// <remarks>Activities run at least once; make them idempotent with <see cref="TaskActivityContext.IdempotencyKey"/>.</remarks>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <summary>Runs the activity.</summary>
    /// <param name="context">The call.</param>
    /// <param name="input">The input.</param>
    /// <returns>The output.</returns>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    /// <inheritdoc />
    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input) =>
        await RunAsync(context, (TInput)input!).ConfigureAwait(false);
}
