namespace Probation.Functions.Security;

/// <summary>Puts a route group behind a key.</summary>
internal static class KeyEndpointExtensions
{
    public static RouteGroupBuilder RequireKey(this RouteGroupBuilder group, KeyLevel level) =>
        group.AddEndpointFilter(new KeyEndpointFilter(level));
}
