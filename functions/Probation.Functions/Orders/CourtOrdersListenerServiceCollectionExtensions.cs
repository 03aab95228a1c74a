namespace Probation.Functions.Orders;

/// <summary>The self-host's court-orders listener, which the Functions queue trigger replaces in Azure.</summary>
internal static class CourtOrdersListenerServiceCollectionExtensions
{
    /// <summary>Registered after the durable host, so that its queues exist when it starts.</summary>
    public static IServiceCollection AddCourtOrdersListener(this IServiceCollection services)
    {
        services.AddHostedService<CourtOrdersQueueListener>();
        return services;
    }
}
