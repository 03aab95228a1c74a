namespace Probation.Bench;

/// <summary>One posted order or staff event: how long its POST took, and when its effect showed in the order's view.</summary>
/// <param name="Accepted">From sending the POST to its 202.</param>
/// <param name="SeenAt">The timestamp at which the view showed it; null when it did not within the timeout.</param>
/// <param name="Visible">From sending the POST to the view showing it.</param>
internal readonly record struct Timing(TimeSpan Accepted, long? SeenAt, TimeSpan? Visible);
