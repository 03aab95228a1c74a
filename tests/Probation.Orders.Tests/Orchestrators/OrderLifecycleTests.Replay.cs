using System.Runtime.CompilerServices;
using Durable;
using Durable.History;
using Durable.Testing;
using Probation.Orders.Calendar;
using Probation.Orders.Support;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    private const string GoldenInstanceId = "order-ORD-2026-000123";

    [Theory]
    [InlineData("community-order-waiting.json")]
    [InlineData("community-order-after-warning.json")]
    [InlineData("community-order-revoked.json")]
    [InlineData("custody-order-after-wake-up.json")]
    public void RunAsync_GoldenHistoryReplayedAgainstTheCurrentCode_IsDeterministic(string file)
    {
        // Arrange
        var registry = new DurableTaskRegistry().AddOrderLifecycle(WorkingDayCalendar.FromEmbeddedData(), new RecordingOrderActivities());

        // Act
        var result = HistoryReplayer.Replay(registry, GoldenInstanceId, ReadHistory(file));

        // Assert
        Assert.True(result.IsDeterministic, result.Problem);
    }

    [Fact]
    public void RunAsync_GoldenHistoryOfARevokedOrder_ReproducesTheRecordedOutput()
    {
        // Arrange
        var registry = new DurableTaskRegistry().AddOrderLifecycle(WorkingDayCalendar.FromEmbeddedData(), new RecordingOrderActivities());

        // Act
        var result = HistoryReplayer.Replay(registry, GoldenInstanceId, ReadHistory("community-order-revoked.json"));

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.Status);
        Assert.Equal("""{"orderId":"ORD-2026-000123","outcome":"Revoked","date":"2026-12-23"}""", result.Output);
    }

    private static IReadOnlyList<HistoryEvent> ReadHistory(string file, [CallerFilePath] string here = "") =>
        HistoryJson.Deserialize(File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Histories", file)));
}
