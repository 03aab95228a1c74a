namespace Probation.Functions.Security;

/// <summary>
/// Endpoint metadata: the key a route needs. <see cref="KeyCheckMiddleware"/> enforces it; the route table says
/// through it which key each route needs (the test that holds the Functions app's auth levels to the self-host's reads it).
/// </summary>
internal sealed record KeyRequirement(KeyLevel Level);
