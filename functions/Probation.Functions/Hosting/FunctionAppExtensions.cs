using Microsoft.Extensions.Options;
using Probation.Functions.Admin;
using Probation.Functions.Clock;
using Probation.Functions.Engine;
using Probation.Functions.Errors;
using Probation.Functions.Integrators;
using Probation.Functions.Orders;
using Probation.Functions.Pages;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Orchestrators;
using Probation.Functions.Security;

namespace Probation.Functions.Hosting;

/// <summary>
/// The self-host's composition: the shared order workflow, plus what the Functions host and its Durable extension
/// do in Azure (the engine, key checks, the management API, the court-orders listener), the pages' local sign-in (Entra ID
/// authentication in Azure) and time travel.
/// </summary>
internal static class FunctionAppExtensions
{
    public static IServiceCollection AddFunctionApp(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<KeyCheck>();
        services.AddPageSignIn();
        services.AddSingleton<IManagementLinks, ManagementUris>();
        services.AddProblemDetails();

        // A query or route value that does not bind reaches ProblemExceptionHandler, which names the parameter, instead
        // of a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddOrderWorkflow();
        services.AddEngine((registry, sp) =>
            registry.AddOrderLifecycle(sp.GetRequiredService<WorkingDayCalendar>(), sp.GetRequiredService<IOrderActivities>()));
        services.AddCourtOrdersListener();
        return services;
    }

    public static WebApplication UseFunctionApp(this WebApplication app)
    {
        app.UseRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseKeyCheck();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapFunctionAppEndpoints(this WebApplication app)
    {
        app.MapApiEndpoints(group => group.RequireKey(KeyLevel.Function));
        app.MapOpenApi("/openapi/v1.json").RequireKey(KeyLevel.Function);
        app.MapSignInEndpoints();
        app.MapPageEndpoints(SignInEndpoints.RequireSignIn);
        app.MapDurableManagementEndpoints();
        app.MapClockEndpoints(app.Services.GetRequiredService<IOptions<ClockOptions>>().Value.Mode);
        return app;
    }
}
