namespace Probation.Orders.Lifecycle;

/// <summary>A duty's state (API.md duty <c>state</c>).</summary>
public enum DutyState
{
    /// <summary>Not yet met.</summary>
    Open = 1,

    /// <summary>Met on or before the due date.</summary>
    Met = 2,

    /// <summary>Met after the due date.</summary>
    MetLate = 3,

    /// <summary>Closed unmet after the due date had passed.</summary>
    Missed = 4,

    /// <summary>Closed unmet before it was due (e.g. the order was revoked).</summary>
    Cancelled = 5,
}
