using Probation.Orders.Rules;

namespace Probation.Orders.Lifecycle;

/// <summary>The T-CONTACT duty <see cref="DutyId"/> and the appointments it counts.</summary>
public sealed record ContactCheck(string DutyId, ContactCheckpoint Checkpoint);
