using Probation.Functions.Pages.Assets;
using Probation.Functions.Pages.Caseload;
using Probation.Functions.Pages.OrderPage;
using Probation.Functions.Pages.ReminderList;
using Probation.Functions.Pages.Report;
using Probation.Functions.Pages.Team;

namespace Probation.Functions.Pages;

/// <summary>
/// The staff pages' routes, which both hosts serve: the assets openly, every page behind sign-in
/// (<c>requireSignIn</c>: the self-host's cookie; in Azure, the function app's Entra ID authentication).
/// </summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPageEndpoints(this IEndpointRouteBuilder app, Action<IEndpointConventionBuilder> requireSignIn)
    {
        app.MapAssetEndpoints();
        var pages = app.MapGroup(string.Empty).WithTags("Pages").ExcludeFromDescription();
        pages.MapCaseloadEndpoints();
        pages.MapOrderPageEndpoints();
        pages.MapReminderListEndpoints();
        pages.MapTeamEndpoints();
        pages.MapReportEndpoints();
        requireSignIn(pages);
        return app;
    }
}
