using System.Text.Json;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// A staff event received under <see cref="Name"/> and not yet applied, with its body as raised; carried through
/// ContinueAsNew in arrival order.
/// </summary>
public sealed record PendingEvent(string Name, JsonElement? Payload);
