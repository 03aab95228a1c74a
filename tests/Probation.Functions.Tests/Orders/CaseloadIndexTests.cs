using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;

namespace Probation.Functions.Orders;

/// <summary>The caseload index on Azurite: who holds which order, as a reallocation moves it.</summary>
public sealed class CaseloadIndexTests : IAsyncLifetime
{
    private static readonly OrderId Order = new("ORD-2026-000501");
    private static readonly Allocation Before = new(new StaffId("S0042"), new TeamId("T07"));
    private static readonly Allocation After = new(new StaffId("S0099"), new TeamId("T07"));

    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task Reallocation_WithinTheTeam_MovesTheOrderBetweenOfficersAndKeepsItInTheTeam()
    {
        // Arrange
        var index = _app.Services.GetRequiredService<CaseloadIndex>();
        await index.AddAsync(Order, Before, CancellationToken.None);

        // Act: the new holder first, then the old one's rows, less the team both share.
        await index.AddAsync(Order, After, CancellationToken.None);
        await index.RemoveAsync(Order, Before, keep: After, CancellationToken.None);

        // Assert
        Assert.Empty(await index.ForStaffAsync(Before.OffenderManagerId, CancellationToken.None));
        Assert.Equal([Order], await index.ForStaffAsync(After.OffenderManagerId, CancellationToken.None));
        Assert.Equal([Order], await index.ForTeamAsync(Before.TeamId, CancellationToken.None));
    }

    [Fact]
    public async Task RemoveAndAdd_RunAgain_ChangeNothingMore()
    {
        // Arrange: an activity that runs twice repeats both writes.
        var index = _app.Services.GetRequiredService<CaseloadIndex>();
        await index.AddAsync(Order, Before, CancellationToken.None);
        await index.AddAsync(Order, Before, CancellationToken.None);

        // Act
        await index.RemoveAsync(Order, Before, keep: null, CancellationToken.None);
        await index.RemoveAsync(Order, Before, keep: null, CancellationToken.None);

        // Assert
        Assert.Empty(await index.ForStaffAsync(Before.OffenderManagerId, CancellationToken.None));
        Assert.Empty(await index.ForTeamAsync(Before.TeamId, CancellationToken.None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAndDeleteHubAsync();
}
