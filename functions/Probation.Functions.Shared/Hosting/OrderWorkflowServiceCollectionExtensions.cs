using System.Text.Json.Serialization;
using Probation.Functions.Orders;
using Probation.Functions.Pages;
using Probation.Functions.Reminders;
using Probation.Functions.Storage;

namespace Probation.Functions.Hosting;

/// <summary>
/// What both hosts register: settings, storage, orders, reminders, the staff pages and the JSON of the HTTP answers. Each host adds its
/// own <see cref="Clock.BusinessClock"/>, its <c>DurableTaskClient</c> (or the Durable extension's) and its
/// <see cref="Integrators.IManagementLinks"/>.
/// </summary>
internal static class OrderWorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddOrderWorkflow(this IServiceCollection services)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddAppStorage();
        services.AddOrders();
        services.AddReminders();
        services.AddStaffPages();
        return services;
    }
}
