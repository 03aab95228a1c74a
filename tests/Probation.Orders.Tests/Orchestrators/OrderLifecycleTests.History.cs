using Durable;
using Durable.History;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    [Fact]
    public async Task RunAsync_ThreeYearLicenceWithWeeklyAppointments_HistoryStaysBounded()
    {
        // Arrange
        var custody = new CustodyDetails(JanuaryFourth2027, new DateOnly(2030, 1, 4), false, null, new DateOnly(2026, 12, 23), "SWI");
        await using var scenario = await OrderScenario.StartAsync(Samples.CustodyOrder() with { Custody = custody, LengthMonths = null });
        await scenario.RaiseOnAsync(JanuaryFourth2027, StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, JanuaryFourth2027));
        var longest = 0;

        // Act
        for (var week = 0; week < 156; week++)
        {
            var date = JanuaryFourth2027.AddDays(1 + (7 * week));
            await scenario.RaiseOnAsync(date, StaffEventNames.Appointment, StaffEvents.Appointment($"W{week}", date));
            longest = Math.Max(longest, (await scenario.Host.Client.GetHistoryAsync(scenario.InstanceId)).Count);
        }

        // Assert
        var history = await scenario.Host.Client.GetHistoryAsync(scenario.InstanceId);
        Assert.True(history.OfType<ExecutionStartedEvent>().Single().Generation > 156);
        Assert.InRange(longest, 1, 30);
        Assert.Equal(156, scenario.Activities.Timeline.Count(e => e.Kind == TimelineKind.AppointmentRecorded));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await scenario.InstanceAsync())!.RuntimeStatus);
    }
}
