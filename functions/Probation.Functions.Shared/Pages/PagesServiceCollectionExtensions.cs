namespace Probation.Functions.Pages;

/// <summary>What the staff pages need besides the stores: anti-forgery tokens for their forms.</summary>
internal static class PagesServiceCollectionExtensions
{
    /// <summary>The form field that carries the anti-forgery token.</summary>
    public const string AntiforgeryField = "csrf";

    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        // The token's cookie is sent only with requests from the service's own pages (SameSite=Strict), never to script.
        services.AddAntiforgery(options =>
        {
            options.FormFieldName = AntiforgeryField;
            options.Cookie.Name = "probation-csrf";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
