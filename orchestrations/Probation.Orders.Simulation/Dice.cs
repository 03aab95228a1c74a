namespace Probation.Orders.Simulation;

/// <summary>
/// Deterministic chance: every roll is a hash of the seed, the order and what is being decided, so a run gives the same
/// figures whatever order the worker threads happen to process orders in.
/// </summary>
internal sealed class Dice(int seed)
{
    /// <summary>A number in [0, 1) for <paramref name="purpose"/> of order <paramref name="order"/>.</summary>
    public double Roll(int order, string purpose, string key = "") =>
        (Hash(order, purpose, key) >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer from <paramref name="low"/> to <paramref name="high"/> inclusive.</summary>
    public int Between(int low, int high, int order, string purpose, string key = "") =>
        low + (int)(Roll(order, purpose, key) * (high - low + 1));

    /// <summary>Whether an event of <paramref name="probability"/> happens.</summary>
    public bool Chance(double probability, int order, string purpose, string key = "") =>
        Roll(order, purpose, key) < probability;

    // FNV-1a over the inputs, finished with SplitMix64 so that nearby inputs give unrelated rolls.
    private ulong Hash(int order, string purpose, string key)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        hash = Mix(hash, (ulong)(uint)order);
        foreach (var c in purpose)
        {
            hash = Mix(hash, c);
        }

        hash = Mix(hash, '|');
        foreach (var c in key)
        {
            hash = Mix(hash, c);
        }

        hash += 0x9E3779B97F4A7C15UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * 1099511628211UL;
}
