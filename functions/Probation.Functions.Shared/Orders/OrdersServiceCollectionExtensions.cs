using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Functions.Orders;

/// <summary>The order side of the app: calendar, policy, the order and view stores, intake and the court-orders handling.</summary>
internal static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName);
        services.AddOptions<NationalStandardsPolicyOverrides>().BindConfiguration("NationalStandards");
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<CalendarOptions>>().Value.BankHolidaysPath;
            var logger = sp.GetRequiredService<ILogger<WorkingDayCalendar>>();
            return string.IsNullOrWhiteSpace(path) ? WorkingDayCalendar.FromEmbeddedData(logger) : WorkingDayCalendar.FromFile(path, logger);
        });
        services.AddSingleton(sp => NationalStandardsPolicy.Seeded.WithOverrides(sp.GetRequiredService<IOptions<NationalStandardsPolicyOverrides>>().Value));
        services.AddSingleton<OrderStore>();
        services.AddSingleton<CaseloadIndex>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<CaseloadIndex>());
        services.AddSingleton<OrderViewStore>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<OrderStore>());
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<OrderViewStore>());
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<OrderLookup>();
        services.AddSingleton<WorkflowStart>();
        services.AddSingleton<CourtOrdersPoisonStore>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<CourtOrdersPoisonStore>());
        services.AddSingleton<CourtOrderHandler>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<CourtOrderHandler>());
        return services;
    }
}
