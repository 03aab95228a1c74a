namespace Probation.Orders.Lifecycle;

/// <summary>What closes a duty.</summary>
public enum DutyTrigger
{
    /// <summary>Met on or before the due date.</summary>
    MetOnTime = 1,

    /// <summary>Met after the due date.</summary>
    MetAfterDue = 2,

    /// <summary>Closed unmet once the due date had passed.</summary>
    ClosedAfterDue = 3,

    /// <summary>Closed unmet before the due date passed.</summary>
    ClosedBeforeDue = 4,
}
