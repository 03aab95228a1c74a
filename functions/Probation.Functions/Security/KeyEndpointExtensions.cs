namespace Probation.Functions.Security;

/// <summary>Puts endpoints behind a key.</summary>
internal static class KeyEndpointExtensions
{
    /// <summary>Marks the endpoints with the key they need; <see cref="KeyCheckMiddleware"/> checks it before the request is read.</summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder builder, KeyLevel level)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new KeyRequirement(level));
}
