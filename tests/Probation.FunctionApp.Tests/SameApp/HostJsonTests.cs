using System.Globalization;
using System.Text.Json;
using Probation.Functions.Engine;

namespace Probation.FunctionApp.SameApp;

/// <summary>host.json tells the Functions host and its Durable extension what the self-host reads from its settings.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement Extensions = AppFiles.Json("host.json").GetProperty("extensions");
    private static readonly JsonElement Durable = Extensions.GetProperty("durableTask");
    private static readonly JsonElement Provider = Durable.GetProperty("storageProvider");

    [Fact]
    public void Routes_KeepApiMdsPaths()
    {
        Assert.Equal(string.Empty, Extensions.GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void TaskHub_ComesFromTheTaskHubSetting()
    {
        Assert.Equal("%TaskHub%", Durable.GetProperty("hubName").GetString());
        Assert.Equal("AzureStorage", Provider.GetProperty("type").GetString());
    }

    [Fact]
    public void DurableSettings_AreTheSelfHostsDefaults()
    {
        var defaults = new EngineOptions();

        Assert.Equal(defaults.PartitionCount, Provider.GetProperty("partitionCount").GetInt32());
        Assert.Equal(defaults.ExtendedSessions, Durable.GetProperty("extendedSessionsEnabled").GetBoolean());
        Assert.Equal(defaults.MaxQueuePollingInterval, Duration(Provider, "maxQueuePollingInterval"));
        Assert.Equal(defaults.MessageVisibilityTimeout, Duration(Provider, "controlQueueVisibilityTimeout"));
        Assert.Equal(defaults.MessageVisibilityTimeout, Duration(Provider, "workItemQueueVisibilityTimeout"));
        Assert.Equal(defaults.MaxConcurrentOrchestrations, Durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32());
        Assert.Equal(defaults.MaxConcurrentActivities, Durable.GetProperty("maxConcurrentActivityFunctions").GetInt32());
    }

    [Fact]
    public void SettingsSample_HoldsTheSelfHostsDefaults()
    {
        var defaults = new EngineOptions();

        Assert.Equal(defaults.PartitionCount.ToString(CultureInfo.InvariantCulture), AppFiles.Setting("Durable:PartitionCount"));
        Assert.Equal(defaults.ExtendedSessions, bool.Parse(AppFiles.Setting("Durable:ExtendedSessions")));
        Assert.Equal(defaults.MaxQueuePollingInterval, TimeSpan.Parse(AppFiles.Setting("Durable:MaxQueuePollingInterval"), CultureInfo.InvariantCulture));
        Assert.Equal(defaults.MaxConcurrentOrchestrations.ToString(CultureInfo.InvariantCulture), AppFiles.Setting("Durable:MaxConcurrentOrchestrations"));
        Assert.Equal(defaults.MaxConcurrentActivities.ToString(CultureInfo.InvariantCulture), AppFiles.Setting("Durable:MaxConcurrentActivities"));
        Assert.Equal(defaults.LeaseInterval, TimeSpan.Parse(AppFiles.Setting("Durable:LeaseInterval"), CultureInfo.InvariantCulture));
        Assert.Equal(defaults.LeaseRenewInterval, TimeSpan.Parse(AppFiles.Setting("Durable:LeaseRenewInterval"), CultureInfo.InvariantCulture));
        Assert.Equal(defaults.MessageVisibilityTimeout, TimeSpan.Parse(AppFiles.Setting("Durable:MessageVisibilityTimeout"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CourtOrdersQueue_TakesMessagesAsSentAndRetriesAsTheSelfHostDoes()
    {
        var queues = Extensions.GetProperty("queues");

        Assert.Equal("none", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
    }

    private static TimeSpan Duration(JsonElement section, string name) =>
        TimeSpan.Parse(section.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
