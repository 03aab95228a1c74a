using Microsoft.Extensions.Options;
using Probation.Functions.Admin;
using Probation.Functions.Clock;
using Probation.Functions.Engine;
using Probation.Functions.Errors;
using Probation.Functions.Health;
using Probation.Functions.Integrators;
using Probation.Functions.Orders;
using Probation.Functions.Reminders;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Orchestrators;
using Probation.Functions.Security;
using Probation.Functions.Storage;

namespace Probation.Functions.Hosting;

/// <summary>The function app's composition: services, middleware and endpoint groups.</summary>
internal static class FunctionAppExtensions
{
    public static IServiceCollection AddFunctionApp(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<KeyCheck>();
        services.AddSingleton<ManagementUris>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddAppStorage();
        services.AddOrders();
        services.AddReminders();
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
        app.UseRequestBodyLimit();
        return app;
    }

    public static WebApplication MapFunctionAppEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json").AddEndpointFilter(new KeyEndpointFilter(KeyLevel.Function));
        app.MapDurableManagementEndpoints();
        app.MapCourtOrderEndpoints();
        app.MapStaffEventEndpoints();
        app.MapClockEndpoints(app.Services.GetRequiredService<IOptions<ClockOptions>>().Value.Mode);
        app.MapReminderEndpoints();
        return app;
    }
}
