namespace Probation.Orders.Orchestrators;

/// <summary>
/// <see cref="OrderLifecycle"/> driven through time on the in-memory backend and a virtual clock, one rule of
/// DOMAIN.md per test, with hand-written recording fakes for the activities. Partial files group the rules.
/// </summary>
public sealed partial class OrderLifecycleTests;
