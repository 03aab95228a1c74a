namespace Probation.Functions.Security;

/// <summary>Puts endpoints behind a key.</summary>
internal static class KeyEndpointExtensions
{
    /// <summary>
    /// Adds the key check, and the filter itself as metadata, so that the route table says which key each route needs
    /// (the test that holds the Functions app's auth levels to the self-host's reads it).
    /// </summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder builder, KeyLevel level)
        where TBuilder : IEndpointConventionBuilder
    {
        var filter = new KeyEndpointFilter(level);
        return builder.AddEndpointFilter(filter).WithMetadata(filter);
    }
}
