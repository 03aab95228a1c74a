using Durable.Backend;

namespace Durable.Client;

/// <summary>An orchestration instance as a client sees it.</summary>
/// <param name="state">The stored record.</param>
/// <param name="converter">Reads the serialized payloads.</param>
public sealed class OrchestrationMetadata(OrchestrationState state, DataConverter converter)
{
    /// <summary>The orchestrator name.</summary>
    public string Name => state.Name;

    /// <summary>The instance id.</summary>
    public string InstanceId => state.InstanceId;

    /// <summary>The runtime status.</summary>
    public OrchestrationRuntimeStatus RuntimeStatus => state.Status;

    /// <summary>When the instance (its current run) was scheduled (UTC).</summary>
    public DateTime CreatedAt => state.CreatedAt;

    /// <summary>When the instance last changed (UTC).</summary>
    public DateTime LastUpdatedAt => state.LastUpdatedAt;

    /// <summary>When the instance ended (UTC), if it has.</summary>
    public DateTime? CompletedAt => state.CompletedAt;

    /// <summary>The serialized input, when it was read.</summary>
    public string? SerializedInput => state.Input;

    /// <summary>The serialized output (for a terminated instance, the reason), when it was read.</summary>
    public string? SerializedOutput => state.Output;

    /// <summary>The serialized custom status, when it was read.</summary>
    public string? SerializedCustomStatus => state.CustomStatus;

    /// <summary>The failure of a failed instance.</summary>
    public TaskFailureDetails? FailureDetails => state.Failure;

    /// <summary>Whether the instance has ended (Completed, Failed or Terminated).</summary>
    public bool IsEnded => state.Status.IsTerminal();

    /// <summary>The stored record.</summary>
    public OrchestrationState State => state;

    /// <summary>Deserializes the input.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <returns>The input.</returns>
    public T? ReadInputAs<T>() => converter.Deserialize<T>(state.Input);

    /// <summary>Deserializes the output.</summary>
    /// <typeparam name="T">The output type.</typeparam>
    /// <returns>The output.</returns>
    public T? ReadOutputAs<T>() => converter.Deserialize<T>(state.Output);

    /// <summary>Deserializes the custom status.</summary>
    /// <typeparam name="T">The custom status type.</typeparam>
    /// <returns>The custom status.</returns>
    public T? ReadCustomStatusAs<T>() => converter.Deserialize<T>(state.CustomStatus);
}
