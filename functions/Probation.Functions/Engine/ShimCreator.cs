using DurableTask.Core;
using Microsoft.DurableTask;

namespace Probation.Functions.Engine;

/// <summary>
/// Hands the engine a fresh object for every execution or call: an SDK orchestrator or activity wrapped in its
/// <c>DurableTaskShimFactory</c> shim, registered under the SDK name with the empty version the shims schedule.
/// </summary>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public ShimCreator(TaskName name, Func<T> create)
    {
        _create = create;
        Name = name.Name;
        Version = string.Empty;
    }

    public override T Create() => _create();
}
