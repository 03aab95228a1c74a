using Probation.Orders.Identifiers;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// One order, one orchestration instance: the HTTP layer, the queue listener and the tests all find an order's
/// instance from its court order id with <see cref="IdFor"/>, so posting an order twice starts nothing twice.
/// </summary>
public static class OrderInstance
{
    /// <summary>The registered orchestrator name of <see cref="OrderLifecycle"/>; running orders replay under it.</summary>
    public const string OrchestratorName = "OrderLifecycle";

    /// <summary>What every order instance id starts with, for <c>instanceIdPrefix</c> queries.</summary>
    public const string InstanceIdPrefix = "order-";

    /// <summary>The instance id of the order <paramref name="orderId"/>, e.g. <c>order-ORD-2026-000123</c>.</summary>
    public static string IdFor(OrderId orderId)
    {
        if (!orderId.IsWellFormed)
        {
            throw new ArgumentException($"An order id must match {OrderId.Pattern}.", nameof(orderId));
        }

        return InstanceIdPrefix + orderId.Value;
    }
}
