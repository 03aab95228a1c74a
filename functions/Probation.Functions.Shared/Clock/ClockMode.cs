namespace Probation.Functions.Clock;

/// <summary>Where the service's time comes from.</summary>
public enum ClockMode
{
    /// <summary>The real clock (production).</summary>
    System,

    /// <summary>A virtual clock moved by <c>POST /admin/clock</c>: for tests, demonstrations and training only.</summary>
    Virtual,
}
