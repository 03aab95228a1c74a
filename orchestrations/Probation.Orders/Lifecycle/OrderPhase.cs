namespace Probation.Orders.Lifecycle;

/// <summary>Where an order is in its life (API.md <c>phase</c>).</summary>
public enum OrderPhase
{
    /// <summary>In prison: custody duties apply.</summary>
    Custody = 1,

    /// <summary>A community order or SSO under supervision.</summary>
    Community = 2,

    /// <summary>Released on licence.</summary>
    Licence = 3,

    /// <summary>Completed, revoked, re-sentenced or terminated: nothing more is due.</summary>
    Ended = 4,
}
