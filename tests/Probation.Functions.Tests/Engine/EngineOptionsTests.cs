using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

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
        // Act
        var error = await StartupCheck.StartAsync(new Dictionary<string, string?> { [setting] = value });

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(validation.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }
}
