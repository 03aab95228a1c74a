namespace Durable.AzureStorage;

public sealed class PayloadLimitsTests
{
    private static readonly string TooLarge = new('x', PayloadLimits.MaxChars);

    [Fact]
    public async Task Schedule_InputOverTheLimit_IsRefusedWholeWithAClearError()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();

        // Act
        var error = await Assert.ThrowsAsync<PayloadTooLargeException>(() => hub.Client.ScheduleNewOrchestrationInstanceAsync("Any", TooLarge));

        // Assert
        Assert.Equal($"The orchestration input is {PayloadLimits.MaxChars + 2} characters once serialized; the limit is {PayloadLimits.MaxChars}.", error.Message);
    }

    [Fact]
    public async Task RaiseEvent_PayloadOverTheLimit_IsRefused()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        await hub.StartHostAsync("limits", tasks => tasks.AddOrchestrator<object?, string>("Wait", (c, _) => c.WaitForExternalEvent<string>("Go")));
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Wait");
        await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Running);

        // Act
        var error = await Assert.ThrowsAsync<PayloadTooLargeException>(() => hub.Client.RaiseEventAsync(id, "Go", TooLarge));

        // Assert
        Assert.StartsWith("The payload of event 'Go' is", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityResult_OverTheLimit_FailsTheCallWithTheReason()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        await hub.StartHostAsync("limits", tasks => tasks
            .AddActivity<object?, string>("Huge", (_, _) => TooLarge)
            .AddOrchestrator<object?, string>("CallHuge", async (context, _) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Huge");
                }
                catch (TaskFailedException failed)
                {
                    return failed.FailureDetails.ErrorMessage;
                }
            }));

        // Act
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("CallHuge");
        await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Completed);

        // Assert
        var instance = await hub.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.StartsWith("The result of activity 'Huge' is", instance!.ReadOutputAs<string>(), StringComparison.Ordinal);
    }
}
