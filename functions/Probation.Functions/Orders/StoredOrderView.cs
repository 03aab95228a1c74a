using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>An order's published view with its whole timeline.</summary>
internal sealed record StoredOrderView(OrderView View, IReadOnlyList<TimelineEntry> Timeline);
