using Probation.Orders.Identifiers;

namespace Probation.Orders.Activities;

/// <summary>Every reminder of these duties of <see cref="OrderId"/> becomes <c>Resolved</c>.</summary>
public sealed record ResolveRemindersInput(OrderId OrderId, IReadOnlyList<ClosedDuty> Duties);
