using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Functions.Orders;

/// <summary>The order side of the app: calendar, policy, the order and view stores, intake.</summary>
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
        services.AddSingleton<OrderViewStore>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<OrderStore>());
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<OrderViewStore>());
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<OrderLookup>();
        services.AddSingleton<CourtOrdersPoisonStore>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<CourtOrdersPoisonStore>());
        services.AddSingleton<CourtOrdersQueueListener>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<CourtOrdersQueueListener>());
        return services;
    }

    /// <summary>The court-orders listener, after the durable host so that its queues exist when it starts.</summary>
    public static IServiceCollection AddCourtOrdersListener(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<CourtOrdersQueueListener>());
        return services;
    }
}
