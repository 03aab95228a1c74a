using Microsoft.Extensions.DependencyInjection;

namespace Durable;

public sealed partial class DurableTaskRegistry
{
    /// <summary>Registers an activity created by <paramref name="factory"/> for every call.</summary>
    /// <param name="name">The activity name.</param>
    /// <param name="factory">Creates the activity from the worker's services.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddActivity(string name, Func<IServiceProvider, ITaskActivity> factory)
    {
        Add(_activities, "activity", name, factory);
        return this;
    }

    /// <summary>Registers activity class <typeparamref name="TActivity"/> under its type name.</summary>
    /// <typeparam name="TActivity">The activity type, created through the worker's services for every call.</typeparam>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddActivity<TActivity>()
        where TActivity : class, ITaskActivity =>
        AddActivity(typeof(TActivity).Name, services => ActivatorUtilities.CreateInstance<TActivity>(services));

    /// <summary>Registers an asynchronous activity function.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TOutput">The output type.</typeparam>
    /// <param name="name">The activity name.</param>
    /// <param name="implementation">The activity function.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddActivity<TInput, TOutput>(
        string name, Func<TaskActivityContext, TInput, Task<TOutput>> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        var activity = new FuncActivity<TInput, TOutput>(implementation);
        return AddActivity(name, _ => activity);
    }

    /// <summary>Registers a synchronous activity function.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TOutput">The output type.</typeparam>
    /// <param name="name">The activity name.</param>
    /// <param name="implementation">The activity function.</param>
    /// <returns>This registry.</returns>
    public DurableTaskRegistry AddActivity<TInput, TOutput>(string name, Func<TaskActivityContext, TInput, TOutput> implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return AddActivity<TInput, TOutput>(name, (context, input) => Task.FromResult(implementation(context, input)));
    }

    private sealed class FuncActivity<TInput, TOutput>(Func<TaskActivityContext, TInput, Task<TOutput>> implementation)
        : TaskActivity<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => implementation(context, input);
    }
}
