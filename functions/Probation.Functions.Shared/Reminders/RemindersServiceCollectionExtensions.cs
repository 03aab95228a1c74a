using Probation.Functions.Hosting;
using Probation.Orders.Activities;

namespace Probation.Functions.Reminders;

/// <summary>Reminders and notifications: the activities of the order orchestration, staff's reminder lists and the report.</summary>
internal static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<StaffNotifications>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<ReminderStore>());
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<StaffNotifications>());
        services.AddSingleton<IOrderActivities, OrderActivities>();
        return services;
    }
}
