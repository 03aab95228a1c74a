using System.Text.Json.Nodes;

namespace Probation.Infra.Modules;

/// <summary><c>infra/modules/functionapp.bicep</c>: a .NET 10 isolated app on Flex Consumption, keyless settings.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class FunctionAppBicepTests(CompiledTemplate template)
{
    private TemplateResource Site => template.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_FunctionAppPlan_IsFlexConsumption()
    {
        var plan = template.Single("Microsoft.Web/serverfarms").Body;

        Assert.Equal("FC1", (string)plan["sku"]!["name"]!);
        Assert.Equal("FlexConsumption", (string)plan["sku"]!["tier"]!);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Contains("Microsoft.Web/serverfarms", (string)Site.Properties["serverFarmId"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_FunctionApp_LinuxFunctionAppWithSystemAssignedIdentity()
    {
        Assert.Equal("functionapp,linux", (string)Site.Body["kind"]!);
        Assert.Equal("SystemAssigned", (string)Site.Body["identity"]!["type"]!);
        Assert.True((bool)Site.Properties["httpsOnly"]!);
    }

    [Fact]
    public void FunctionAppConfig_Runtime_DotnetIsolated10()
    {
        var runtime = Site.Properties["functionAppConfig"]!["runtime"]!;

        Assert.Equal("dotnet-isolated", (string)runtime["name"]!);
        Assert.Equal("10.0", (string)runtime["version"]!);
    }

    [Fact]
    public void FunctionAppConfig_Deployment_BlobContainerThroughTheSystemAssignedIdentity()
    {
        var config = Site.Properties["functionAppConfig"]!;
        var storage = config["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string)storage["type"]!);
        Assert.Equal("SystemAssignedIdentity", (string)storage["authentication"]!["type"]!);
        Assert.Equal("[parameters('instanceMemoryMB')]", (string)config["scaleAndConcurrency"]!["instanceMemoryMB"]!);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string)config["scaleAndConcurrency"]!["maximumInstanceCount"]!);
    }

    [Fact]
    public void AppSettings_Storage_IdentityBasedWithoutAConnectionString()
    {
        var settings = AppSettings();

        Assert.Equal("managedidentity", (string)settings["AzureWebJobsStorage__credential"]!);
        Assert.All(
            ["AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri"],
            name => Assert.True(settings.ContainsKey(name), name));
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"));
    }

    [Fact]
    public void AppSettings_NoSetting_CarriesAKey()
    {
        var settings = AppSettings();

        Assert.DoesNotContain(settings, setting => setting.Key.Contains("key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings, setting => setting.Key.StartsWith("Auth__", StringComparison.Ordinal));
        Assert.DoesNotContain(template.Strings(), text => text.Contains("AccountKey", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(template.Strings(), text => text.Contains("listKeys(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AppSettings_Service_TaskHubQueuesCalendarAndSystemClock()
    {
        var settings = AppSettings();

        Assert.Equal("System", (string)settings["Clock__Mode"]!);
        Assert.Equal("[parameters('taskHub')]", (string)settings["TaskHub"]!);
        Assert.Equal("[parameters('taskHub')]", (string)settings["AzureFunctionsJobHost__extensions__durableTask__hubName"]!);
        Assert.Equal("[parameters('queues').courtOrders]", (string)settings["Queues__CourtOrders"]!);
        Assert.Equal("[parameters('queues').courtOrdersPoison]", (string)settings["Queues__CourtOrdersPoison"]!);
        Assert.Equal("[parameters('queues').staffNotifications]", (string)settings["Queues__StaffNotifications"]!);
        Assert.True(settings.ContainsKey("Calendar__BankHolidaysPath"));
    }

    [Fact]
    public void AppSettings_Telemetry_ApplicationInsightsThroughTheIdentity()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('insightsConnectionString')]", (string)settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]!);
        Assert.Equal("Authorization=AAD", (string)settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]!);
    }

    [Fact]
    public void AppSettings_FlexConsumption_NoRuntimeSettingsItRejects()
    {
        var settings = AppSettings();

        Assert.False(settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"));
        Assert.False(settings.ContainsKey("FUNCTIONS_EXTENSION_VERSION"));
    }

    // The site's settings are a loop over the policy settings merged with the variable appSettings, whose values win.
    private JsonObject AppSettings()
    {
        var loop = Assert.Single(Site.Properties["siteConfig"]!["copy"]!.AsArray(), copy => (string)copy!["name"]! == "appSettings")!;
        Assert.Equal(
            "[items(union(variables('policySettings'), variables('appSettings')))[copyIndex('appSettings')].value]",
            (string)loop["input"]!["value"]!);
        return Site.Variable("appSettings").AsObject();
    }
}
