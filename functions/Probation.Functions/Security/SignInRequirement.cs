namespace Probation.Functions.Security;

/// <summary>
/// Route metadata of the staff pages: they need the sign-in cookie, not a key. The route table says so, and the test
/// that holds the Functions app's auth levels to the self-host's reads it (in Azure, Entra ID authentication fronts
/// those functions, declared anonymous).
/// </summary>
internal sealed record SignInRequirement
{
    public static SignInRequirement Instance { get; } = new();
}
