using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

public sealed class EngineOptionsTests
{
    [Theory]
    [InlineData("Durable:PartitionCount", "0", "Durable:PartitionCount must be between 1 and 16.")]
    [InlineData("Durable:MaxQueuePollingInterval", "00:05:00", "Durable:MaxQueuePollingInterval must be between 10 ms and 1 minute.")]
    [InlineData("Durable:MessageVisibilityTimeout", "00:00:01", "Durable:MessageVisibilityTimeout must be between 5 seconds and 10 minutes.")]
    [InlineData("Durable:WorkerId", "host one", "Durable:WorkerId must be 1-100 letters, digits, '.', '_' or '-'.")]
    [InlineData("Durable:LeaseRenewInterval", "00:00:30", "Durable:LeaseRenewInterval (00:00:30) must be shorter than Durable:LeaseInterval (00:00:06)")]
    public async Task Host_BadEngineSetting_RefusesToStartNamingTheSetting(string setting, string value, string message)
    {
        // Arrange: the engine's composition in a plain host, which fails at start-up before it touches storage.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = FunctionAppFactory.ConnectionString,
            ["TaskHub"] = "tbadsetting",
            ["Durable:LeaseInterval"] = "00:00:06",
            ["Durable:LeaseRenewInterval"] = "00:00:01",
            [setting] = value,
        });
        builder.Services.AddAppStorage();
        builder.Services.AddEngine((_, _) => { });
        using var host = builder.Build();

        // Act
        var error = await Record.ExceptionAsync(() => host.StartAsync());

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(validation.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }
}
