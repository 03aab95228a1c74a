namespace Durable;

/// <summary>An activity, untyped, as the runtime calls it.</summary>
public interface ITaskActivity
{
    /// <summary>The type the input is deserialized into.</summary>
    Type InputType { get; }

    /// <summary>Runs the activity.</summary>
    /// <param name="context">The call.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>The output.</returns>
    Task<object?> RunAsync(TaskActivityContext context, object? input);
}
