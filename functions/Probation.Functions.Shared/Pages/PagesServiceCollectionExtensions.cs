using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Probation.Functions.Hosting;

namespace Probation.Functions.Pages;

/// <summary>
/// What the staff pages need besides the stores: anti-forgery tokens for their forms, and one key ring for every host
/// (<see cref="DataProtectionKeyTable"/>).
/// </summary>
internal static class PagesServiceCollectionExtensions
{
    /// <summary>The form field that carries the anti-forgery token.</summary>
    public const string AntiforgeryField = "csrf";

    // Both hosts protect with one name, not their content roots (the default), so their cookies and forms are one.
    private const string KeyRingApplication = "probation-offender-management";

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
        services.AddSingleton<DataProtectionKeyTable>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<DataProtectionKeyTable>());
        services.AddDataProtection().SetApplicationName(KeyRingApplication);
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeyTable>((options, keys) => options.XmlRepository = keys);
        return services;
    }
}
