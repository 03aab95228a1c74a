namespace Probation.Orders.Views;

/// <summary>An order's initial view and timeline.</summary>
public sealed record StoredPreview(OrderView View, IReadOnlyList<TimelineEntry> Timeline);
