namespace Probation.FunctionApp.SameApp;

/// <summary>What one host declares and the other does not, both ways.</summary>
internal sealed record RouteDiff(IReadOnlyList<HttpRoute> OnlyInSelfHost, IReadOnlyList<HttpRoute> OnlyInFunctionApp)
{
    public bool IsEmpty => OnlyInSelfHost.Count == 0 && OnlyInFunctionApp.Count == 0;

    public static RouteDiff Between(IEnumerable<HttpRoute> selfHost, IEnumerable<HttpRoute> functionApp)
    {
        var local = selfHost.ToHashSet();
        var azure = functionApp.ToHashSet();
        return new RouteDiff(
            [.. local.Except(azure).OrderBy(r => r.ToString(), StringComparer.Ordinal)],
            [.. azure.Except(local).OrderBy(r => r.ToString(), StringComparer.Ordinal)]);
    }

    public override string ToString() =>
        $"only in the self-host: [{string.Join("; ", OnlyInSelfHost)}]; only in the Functions app: [{string.Join("; ", OnlyInFunctionApp)}]";
}
