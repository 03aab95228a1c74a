namespace Probation.Orders.Views;

/// <summary>An order's view with its whole timeline: as first computed, or as published.</summary>
public sealed record OrderViewWithTimeline(OrderView View, IReadOnlyList<TimelineEntry> Timeline);
