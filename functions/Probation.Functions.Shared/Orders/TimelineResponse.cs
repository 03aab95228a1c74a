using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>A timeline entry as API.md shows it.</summary>
public sealed record TimelineResponse(DateTime At, TimelineKind Kind, string By, string Detail);
