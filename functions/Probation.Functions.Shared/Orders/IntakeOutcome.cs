using Probation.Orders.Identifiers;

namespace Probation.Functions.Orders;

/// <summary>What became of a posted order.</summary>
/// <param name="Kind">Accepted (new or a repost of the same document), Invalid, or Conflicting.</param>
/// <param name="OrderId">The order's id, when the document could be read.</param>
/// <param name="InstanceId">The order's orchestration instance, when accepted.</param>
/// <param name="Errors">Every problem, field by field, when invalid.</param>
internal sealed record IntakeOutcome(IntakeOutcomeKind Kind, OrderId? OrderId, string? InstanceId, IDictionary<string, string[]>? Errors)
{
    public static IntakeOutcome Accepted(OrderId orderId, string instanceId) => new(IntakeOutcomeKind.Accepted, orderId, instanceId, null);

    public static IntakeOutcome Invalid(IDictionary<string, string[]> errors) => new(IntakeOutcomeKind.Invalid, null, null, errors);

    public static IntakeOutcome Conflicting(OrderId orderId) => new(IntakeOutcomeKind.Conflicting, orderId, null, null);
}
