using Probation.Functions.Health;
using Probation.Functions.Orders;
using Probation.Functions.Reminders;

namespace Probation.Functions.Hosting;

/// <summary>
/// API.md's routes as minimal-API groups, over the handlers both hosts run: the self-host serves them, and the
/// Functions app describes them in its OpenAPI document (its HTTP triggers call the same handlers).
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>Maps every route; <paramref name="requireFunctionKey"/> puts each group but <c>/health</c> behind the function key.</summary>
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app, Action<RouteGroupBuilder> requireFunctionKey)
    {
        app.MapHealthEndpoints();
        requireFunctionKey(app.MapCourtOrderEndpoints());
        requireFunctionKey(app.MapStaffEventEndpoints());
        requireFunctionKey(app.MapStaffReminderEndpoints());
        requireFunctionKey(app.MapNationalStandardsReportEndpoints());
        return app;
    }
}
