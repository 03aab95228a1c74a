namespace Probation.Orders.Views;

/// <summary>
/// One line of an order's timeline: when, what, who (a staff id, <c>court:CODE</c> or <c>system</c>) and the detail
/// staff see. Never holds an explanation's note.
/// </summary>
/// <param name="Sequence">1, 2, 3, … within the order: the store appends each sequence once.</param>
public sealed record TimelineEntry(int Sequence, DateTime At, TimelineKind Kind, string By, string Detail);
