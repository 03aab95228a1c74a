namespace Probation.Orders.Lifecycle;

/// <summary>
/// <see cref="OrderStep"/> driven through business time with no engine (<see cref="Support.PureOrderScenario"/>), one
/// rule of DOMAIN.md per test, asserting on the state, the view and everything the steps send. Partial files group the
/// rules.
/// </summary>
public sealed partial class OrderStepTests;
