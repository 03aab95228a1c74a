namespace Probation.Functions.Pages.SignIn;

/// <summary>Where sign-in leads back to: a path of this site only, so a crafted link cannot send staff elsewhere.</summary>
public static class ReturnUrl
{
    public const string Default = "/reports/national-standards";

    public static string Local(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) ? returnUrl : Default;
}
