namespace Probation.Orders.Lifecycle;

/// <summary>Whether an order can take a staff event; <see cref="Conflict"/> says why not (API: 409).</summary>
public sealed record Admission(string? Conflict)
{
    /// <summary>The event fits the order's state.</summary>
    public static Admission Accepted { get; } = new((string?)null);

    /// <summary>Whether the event fits the order's state.</summary>
    public bool IsAccepted => Conflict is null;
}
