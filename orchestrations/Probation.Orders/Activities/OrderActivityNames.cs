namespace Probation.Orders.Activities;

/// <summary>
/// The activities an order's orchestration calls, by their registered names. Running orders replay against these
/// names, so they never change; a new contract gets a new name.
/// </summary>
public static class OrderActivityNames
{
    /// <summary>
    /// Records everything one step produced (<see cref="OrderStepOutput"/>): one activity per step, since each activity
    /// call costs the engine a round of queue and history writes, whatever it carries.
    /// </summary>
    public const string RecordOrderStep = "RecordOrderStep";
}
