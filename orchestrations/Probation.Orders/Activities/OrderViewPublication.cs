using Probation.Orders.Views;

namespace Probation.Orders.Activities;

/// <summary>
/// The order as staff see it after a step. The store replaces its copy of <see cref="View"/> when this one's
/// <see cref="OrderView.Revision"/> is higher, and appends <see cref="NewTimeline"/> (idempotent by sequence), so
/// <c>GET /api/orders/{orderId}</c> is the view with the whole timeline. The timeline is append-only so that the
/// orchestration need not carry it.
/// </summary>
public sealed record OrderViewPublication(OrderView View, IReadOnlyList<TimelineEntry> NewTimeline);
