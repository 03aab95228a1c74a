namespace Probation.FunctionApp.SameApp;

/// <summary>One HTTP route as either host declares it: its verbs (upper case, sorted), its template without the outer slashes, and who may call it.</summary>
internal sealed record HttpRoute(string Verbs, string Template, string AuthLevel)
{
    public static HttpRoute Of(IEnumerable<string> verbs, string template, string authLevel) =>
        new(string.Join(",", verbs.Select(v => v.ToUpperInvariant()).Order(StringComparer.Ordinal)), template.Trim('/'), authLevel);

    public override string ToString() => $"{Verbs} /{Template} ({AuthLevel})";
}
