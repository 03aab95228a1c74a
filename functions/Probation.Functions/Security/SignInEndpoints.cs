using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Probation.Functions.Pages;
using Probation.Functions.Pages.SignIn;

namespace Probation.Functions.Security;

/// <summary>
/// <c>/sign-in</c> of the self-host: the staff pages take the function key once, then a session cookie (HttpOnly,
/// SameSite=Strict) that opens the pages only; the API still asks for the key on every call.
/// </summary>
internal static class SignInEndpoints
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sign-in", Show).WithName("ShowSignIn").ExcludeFromDescription();
        app.MapPost("/sign-in", SignInAsync).WithName("SignIn").ExcludeFromDescription();
        return app;
    }

    /// <summary>Puts a group behind the sign-in cookie: a request without it is sent to <c>/sign-in</c>.</summary>
    public static void RequireSignIn(IEndpointConventionBuilder pages) =>
        pages.RequireAuthorization(policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()).WithMetadata(SignInRequirement.Instance);

    public static IServiceCollection AddPageSignIn(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "probation-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/sign-in";
            cookie.ReturnUrlParameter = "returnUrl";
        });
        services.AddAuthorization();
        return services;
    }

    private static Task<IResult> Show(string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
        Form(context, antiforgery, ReturnUrl.Local(returnUrl), error: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, KeyCheck keys)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = ReturnUrl.Local(form["returnUrl"]);
        if (!keys.Allows(form["key"].FirstOrDefault(), KeyLevel.Function))
        {
            return await Form(context, antiforgery, returnUrl, "Enter the function key of this service", StatusCodes.Status401Unauthorized);
        }

        // Who signed in is not known locally (one shared key), so the session carries no name.
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff")], Scheme);
        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl);
    }

    private static Task<IResult> Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error, int statusCode) =>
        PageResult.RenderAsync<SignInPage, SignInModel>(context, new SignInModel(returnUrl, antiforgery.GetAndStoreTokens(context).RequestToken!, error), statusCode);
}
