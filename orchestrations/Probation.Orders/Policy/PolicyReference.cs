namespace Probation.Orders.Policy;

/// <summary>
/// Which policy an order runs under, as API.md shows it: <c>{ "name": "ns-seeded", "version": 1 }</c>.
/// </summary>
public sealed record PolicyReference(string Name, int Version);
