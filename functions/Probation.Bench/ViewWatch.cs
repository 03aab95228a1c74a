using Probation.Orders.Views;

namespace Probation.Bench;

/// <summary>What <see cref="ViewWatcher"/> waits for: the published view of an order showing something.</summary>
/// <param name="Seen">Completed with the timestamp of the scan that first showed it.</param>
internal sealed record ViewWatch(string OrderId, Func<OrderView, bool> Shows, TaskCompletionSource<long> Seen);
