using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Probation.Functions.Reminders;

/// <summary>The claim rows of <c>{hub}NotificationsSent</c>, on Azurite, with storage failing on purpose where a test says so.</summary>
public sealed class SendClaimsTests : IAsyncLifetime
{
    private const string Order = "ORD-2026-000901";
    private const string Row = "StaffNotice|N1";
    private readonly TableClient _table = FunctionAppFactory.Table("SendClaims" + Guid.NewGuid().ToString("N")[..12]);

    public Task InitializeAsync() => _table.CreateAsync();

    public Task DisposeAsync() => _table.DeleteAsync();

    [Fact]
    public async Task MarkSentAsync_StorageUnreachableForTwoTries_MarksTheMessageSentOnceItAnswers()
    {
        // Arrange: the message is on the queue; then storage stops answering for two tries of the mark.
        var outage = new UnreachableForUpdates(2);
        var claims = new SendClaims(ClientWith(outage), TimeProvider.System);
        var claim = await claims.ClaimAsync(Order, Row, CancellationToken.None);

        // Act
        await claims.MarkSentAsync(Order, Row, claim!.Value, DateTimeOffset.UtcNow, CancellationToken.None);

        // Assert: marked, so a later run of the activity does not put the message again.
        Assert.Equal(2, outage.Failed);
        Assert.Equal("Sent", (await _table.GetEntityAsync<TableEntity>(Order, Row)).Value.GetString("State"));
        Assert.Null(await new SendClaims(_table, TimeProvider.System).ClaimAsync(Order, Row, CancellationToken.None));
    }

    [Fact]
    public async Task MarkSentAsync_ClaimTakenOverMeanwhile_LeavesItToItsNewHolder()
    {
        // Arrange
        var claims = new SendClaims(_table, TimeProvider.System);
        var stale = await claims.ClaimAsync(Order, Row, CancellationToken.None);
        await _table.UpdateEntityAsync(new TableEntity(Order, Row) { ["State"] = "Sending", ["ClaimedAt"] = DateTimeOffset.UtcNow }, ETag.All, TableUpdateMode.Replace);

        // Act
        await claims.MarkSentAsync(Order, Row, stale!.Value, DateTimeOffset.UtcNow, CancellationToken.None);

        // Assert
        Assert.Equal("Sending", (await _table.GetEntityAsync<TableEntity>(Order, Row)).Value.GetString("State"));
    }

    private TableClient ClientWith(HttpPipelinePolicy policy)
    {
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        return new TableClient(FunctionAppFactory.ConnectionString, _table.Name, options);
    }

    /// <summary>Fails the first <paramref name="count"/> entity updates as the transport does when nothing answers.</summary>
    private sealed class UnreachableForUpdates(int count) : HttpPipelinePolicy
    {
        private int _updates;
        private int _failed;

        public int Failed => _failed;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Fail(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Fail(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Put && Interlocked.Increment(ref _updates) <= count)
            {
                Interlocked.Increment(ref _failed);
                throw new RequestFailedException(0, "Connection refused (simulated outage).");
            }
        }
    }
}
