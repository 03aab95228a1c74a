namespace Durable;

/// <summary>An orchestrator, untyped, as the runtime calls it.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The type the input is deserialized into.</summary>
    Type InputType { get; }

    /// <summary>Runs the orchestrator.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>The output.</returns>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}
