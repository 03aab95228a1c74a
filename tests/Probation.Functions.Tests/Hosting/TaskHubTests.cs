using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Probation.Functions.Reminders;
using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Functions.Hosting;

public sealed class TaskHubTests
{
    [Fact]
    public async Task TwoTaskHubsOnOneAccount_EachListsOnlyItsOwnReminders()
    {
        // Arrange
        await using var first = new FunctionAppFactory();
        await using var second = new FunctionAppFactory();
        var staffId = ReminderSamples.NewStaffId();
        var reminder = ReminderSamples.Reminder(
            ReminderSamples.NewOrderId(), "T-FIRST:1", ReminderKind.Created, new DateOnly(2027, 1, 4), staffId, ReminderSamples.NewTeamId());
        await first.Services.GetRequiredService<IOrderActivities>().SendRemindersAsync(new SendRemindersInput([reminder]), CancellationToken.None);
        using var firstClient = first.CreateClient(FunctionAppFactory.FunctionKey);
        using var secondClient = second.CreateClient(FunctionAppFactory.FunctionKey);

        try
        {
            // Act
            var inFirst = await ReminderApi.ListAsync(firstClient, $"/api/staff/{staffId}/reminders");
            var inSecond = await ReminderApi.ListAsync(secondClient, $"/api/staff/{staffId}/reminders");

            // Assert
            Assert.Equal([reminder.ReminderId], ReminderApi.Ids(inFirst));
            Assert.Empty(ReminderApi.Ids(inSecond));
        }
        finally
        {
            await first.DisposeAndDeleteHubAsync();
            await second.DisposeAndDeleteHubAsync();
        }
    }

    [Fact]
    public void AppTables_LongestTaskHub_EveryNameFitsTheTableServiceLimit()
    {
        // Arrange
        var tables = new AppTables(Options.Create(new StorageOptions { TaskHub = "H" + new string('9', 44) }));

        // Act
        var longest = tables.All.Max(name => name.Length);

        // Assert
        Assert.Equal(63, longest);
    }

    [Fact]
    public async Task Host_TaskHubLongerThan45_RefusesToStartNamingTheSetting()
    {
        // Act
        var error = await StartupCheck.StartAsync(new Dictionary<string, string?> { ["TaskHub"] = "H" + new string('9', 45) });

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(validation.Failures, failure => failure.Contains("TaskHub must be 3-45 letters and digits, starting with a letter.", StringComparison.Ordinal));
    }
}
