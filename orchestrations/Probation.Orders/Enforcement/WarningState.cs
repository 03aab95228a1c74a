namespace Probation.Orders.Enforcement;

/// <summary>A warning's state (API.md warning <c>state</c>).</summary>
public enum WarningState
{
    /// <summary>Issued and counting: a further failure while it stands makes breach due.</summary>
    Standing = 1,

    /// <summary>An acceptable explanation came by <c>explainBy</c>: the failure does not count.</summary>
    Withdrawn = 2,

    /// <summary>Its 12 months have run out.</summary>
    Expired = 3,
}
