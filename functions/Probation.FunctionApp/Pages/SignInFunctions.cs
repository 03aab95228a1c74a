using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Pages.SignIn;

namespace Probation.FunctionApp.Pages;

/// <summary>
/// <c>/sign-in</c> in Azure: the function app's built-in authentication (Microsoft Entra ID, infra/) signs staff in, so
/// the self-host's key form is not offered; both verbs go to the platform's sign-in, which then returns to the page.
/// </summary>
internal static class SignInFunctions
{
    [Function("ShowSignIn")]
    public static IResult Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sign-in")] HttpRequest request) => ToEntraId(request);

    [Function("SignIn")]
    public static IResult SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sign-in")] HttpRequest request) => ToEntraId(request);

    private static IResult ToEntraId(HttpRequest request) =>
        Results.Redirect("/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(ReturnUrl.Local(request.Query["returnUrl"])));
}
