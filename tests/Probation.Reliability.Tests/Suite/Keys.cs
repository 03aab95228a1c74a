namespace Probation.Reliability.Suite;

/// <summary>The keys the suite's hosts take, and wrong ones that look like keys; all are searched for in the hosts' logs.</summary>
internal static class Keys
{
    public const string Function = "rel-function-key-5b1f0c9e2a7d";
    public const string System = "rel-system-key-8c3e7a1f4b6d09";
    public const string Wrong = "rel-wrong-key-3f9a2d7c1e5b88";
    public const string WrongInQuery = "rel-wrong-code-6e2b9f4a7c1d";

    public static IReadOnlyList<string> All => [Function, System, Wrong, WrongInQuery];
}
