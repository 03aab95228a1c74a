using System.Text;
using Durable.History;
using Microsoft.Extensions.Logging;

namespace Durable.Replay;

/// <summary>
/// The <see cref="TaskOrchestrationContext"/> of one replay: records the actions the code takes and completes the tasks
/// it awaits as history events are applied.
/// </summary>
internal sealed partial class ReplayContext(
    string instanceId, ExecutionStartedEvent started, DataConverter converter, ILoggerFactory loggerFactory)
    : TaskOrchestrationContext
{
    private const int MaxCustomStatusBytes = 16 * 1024;

    private readonly List<OrchestratorAction> _actions = [];
    private readonly Dictionary<int, IOpenTask> _openTasks = [];
    private int _matchedActions;
    private int _guidCounter;
    private DateTime _currentUtcDateTime = started.Timestamp;
    private bool _isReplaying;

    public override string Name => started.Name;

    public override string InstanceId => instanceId;

    public string ExecutionId => started.ExecutionId;

    public override DateTime CurrentUtcDateTime => _currentUtcDateTime;

    public override bool IsReplaying => _isReplaying;

    public ContinueAsNewRequest? ContinueAsNewRequest { get; private set; }

    public string? CustomStatus { get; private set; }

    /// <summary>Actions the code took that history has not recorded.</summary>
    public IReadOnlyList<OrchestratorAction> NewActions => _actions.GetRange(_matchedActions, _actions.Count - _matchedActions);

    public void SetReplaying(bool replaying) => _isReplaying = replaying;

    /// <summary>The new actions are committed to history now: a session that goes on treats them as recorded.</summary>
    public void AcceptNewActions() => _matchedActions = _actions.Count;

    public override T? GetInput<T>() where T : default => converter.Deserialize<T>(started.Input);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        ContinueAsNewRequest = new ContinueAsNewRequest(converter.Serialize(newInput), newInput, preserveUnprocessedEvents);

    public override void SetCustomStatus(object? customStatus)
    {
        var serialized = converter.Serialize(customStatus);
        if (serialized is not null && Encoding.UTF8.GetByteCount(serialized) is var size and > MaxCustomStatusBytes)
        {
            throw new ArgumentException(
                $"The custom status is {size} bytes once serialized; the limit is {MaxCustomStatusBytes} bytes (16 KiB).",
                nameof(customStatus));
        }

        CustomStatus = serialized;
    }

    public override Guid NewGuid() =>
        DeterministicGuid.Create(
            DeterministicGuid.OrchestrationNamespace, $"{InstanceId}_{CurrentUtcDateTime:o}_{_guidCounter++}");

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), this);
}
