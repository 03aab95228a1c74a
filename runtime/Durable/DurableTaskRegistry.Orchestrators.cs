using Microsoft.Extensions.DependencyInjection;

namespace Durable;

public sealed partial class DurableTaskRegistry
{
    /// <summary>Registers an orchestrator created by <paramref name="factory"/> for every episode.</summary>
    /// <param name="name">The orchestrator name.</param>
    /// <param name="factory">Creates the orchestrator.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddOrchestrator(string name, Func<IServiceProvider, ITaskOrchestrator> factory)
    {
        Add(_orchestrators, "orchestrator", name, factory);
        return this;
    }

    /// <summary>Registers orchestrator class <typeparamref name="TOrchestrator"/> under its type name.</summary>
    /// <typeparam name="TOrchestrator">The orchestrator type, created through the worker's services.</typeparam>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddOrchestrator<TOrchestrator>()
        where TOrchestrator : class, ITaskOrchestrator =>
        AddOrchestrator(typeof(TOrchestrator).Name, services => ActivatorUtilities.CreateInstance<TOrchestrator>(services));

    /// <summary>Registers an orchestrator function.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TOutput">The output type.</typeparam>
    /// <param name="name">The orchestrator name.</param>
    /// <param name="implementation">The orchestrator function.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddOrchestrator<TInput, TOutput>(
        string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        var orchestrator = new FuncOrchestrator<TInput, TOutput>(implementation);
        return AddOrchestrator(name, _ => orchestrator);
    }

    /// <summary>Registers an orchestrator function without input or output.</summary>
    /// <param name="name">The orchestrator name.</param>
    /// <param name="implementation">The orchestrator function.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddOrchestrator(string name, Func<TaskOrchestrationContext, Task> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddOrchestrator<object?, object?>(name, async (context, _) =>
        {
            await implementation(context);
            return null;
        });
    }

    private sealed class FuncOrchestrator<TInput, TOutput>(Func<TaskOrchestrationContext, TInput, Task<TOutput>> implementation)
        : TaskOrchestrator<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input) => implementation(context, input);
    }
}
