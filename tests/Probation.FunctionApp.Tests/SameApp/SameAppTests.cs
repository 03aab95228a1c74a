using Probation.Functions.Hosting;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.SameApp;

/// <summary>
/// The Functions app and the self-host are one app: the same HTTP routes with the same keys, the same court-orders
/// queue, the same orchestrators and activities. A route, trigger or registration added to one host and not the other
/// fails here.
/// </summary>
public sealed class SameAppTests(SelfHost selfHost) : IClassFixture<SelfHost>
{
    /// <summary>
    /// The self-host's routes that the Functions app must not have: <c>/admin</c> is reserved by the Functions host (and
    /// time travel is never on in production), and the Durable extension serves <c>/runtime/webhooks/durabletask</c>.
    /// </summary>
    private static readonly string[] HostReservedPrefixes = ["admin/", "runtime/webhooks/durabletask/"];

    [Fact]
    public void HttpTriggers_AreTheSelfHostsRoutesWithTheSameKeys()
    {
        var diff = RouteDiff.Between(selfHost.HttpRoutes().Where(r => !IsHostReserved(r)), FunctionMetadata.Load().HttpRoutes());

        Assert.True(diff.IsEmpty, diff.ToString());
    }

    [Fact]
    public void HttpTriggers_LeaveTheHostsReservedRoutesAlone()
    {
        var reserved = selfHost.HttpRoutes().Where(IsHostReserved).ToList();

        // Both exceptions are really in the self-host's table, so that excluding them above hides nothing else.
        Assert.Contains(reserved, r => r.Template.StartsWith("admin/", StringComparison.Ordinal));
        Assert.Contains(reserved, r => r.Template.StartsWith("runtime/webhooks/durabletask/", StringComparison.Ordinal));
        Assert.DoesNotContain(FunctionMetadata.Load().HttpRoutes(), IsHostReserved);
    }

    [Fact]
    public void OpenRoutes_AreOnlyHealthSignInAndAssets()
    {
        // Every other route needs a key or, for the staff pages, the sign-in cookie: an anonymous function in the
        // Functions app is a page (behind Entra ID there) or one of these three.
        var open = selfHost.OpenRoutes().Select(r => r.Template).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["assets/{*path}", "health", "sign-in"], open);
    }

    [Fact]
    public void RouteDiff_ARouteOnOneSideOnly_IsReported()
    {
        var routes = FunctionMetadata.Load().HttpRoutes().ToList();
        var extra = HttpRoute.Of(["post"], "api/orders/{orderId}/transfers", "Function");

        var added = RouteDiff.Between(routes, [.. routes, extra]);
        var removed = RouteDiff.Between(routes, routes.Skip(1));
        var rekeyed = RouteDiff.Between(routes, [.. routes.Skip(1), routes[0] with { AuthLevel = "Anonymous" }]);

        Assert.Equal([extra], added.OnlyInFunctionApp);
        Assert.Empty(added.OnlyInSelfHost);
        Assert.Equal([routes[0]], removed.OnlyInSelfHost);
        Assert.False(rekeyed.IsEmpty);
    }

    [Fact]
    public void QueueTrigger_ReadsTheConfiguredCourtOrdersQueue()
    {
        var (_, trigger) = Assert.Single(FunctionMetadata.Load().OfType("queueTrigger"));

        Assert.Equal(AppFiles.Setting("Queues:CourtOrders"), AppFiles.Resolve(trigger.GetProperty("queueName").GetString()!));
        Assert.Equal(new QueueOptions().CourtOrders, AppFiles.Resolve(trigger.GetProperty("queueName").GetString()!));
        Assert.Equal("AzureWebJobsStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void OrchestrationTriggers_AreTheSelfHostsOrchestrators()
    {
        var registered = selfHost.Registry().GetOrchestrators().Select(o => o.Key.Name).Order(StringComparer.Ordinal);

        Assert.Equal(registered, FunctionMetadata.Load().OfType("orchestrationTrigger").Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivityTriggers_AreTheSelfHostsActivities()
    {
        var registered = selfHost.Registry().GetActivities().Select(a => a.Key.Name).Order(StringComparer.Ordinal);

        Assert.Equal(registered, FunctionMetadata.Load().OfType("activityTrigger").Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Functions_AreOnlyTheseTriggers()
    {
        var types = FunctionMetadata.Load().Functions.Select(f => f.Trigger.GetProperty("type").GetString()).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["activityTrigger", "httpTrigger", "orchestrationTrigger", "queueTrigger"], types);
        Assert.Equal(CourtOrderHandler.MaxDequeueCount, AppFiles.Json("host.json").GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
    }

    private static bool IsHostReserved(HttpRoute route) =>
        HostReservedPrefixes.Any(prefix => (route.Template + "/").StartsWith(prefix, StringComparison.Ordinal));
}
