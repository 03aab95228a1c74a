using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Probation.Functions.Security;

/// <summary>The key ring behind the sign-in cookie and the forms' tokens, shared by the hosts of one task hub.</summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _first = new();
    private FunctionAppFactory? _second;

    [Fact]
    public async Task Protect_OnOneHost_UnprotectsOnAnotherOfTheSameHubFromTheKeyTable()
    {
        // Arrange: a second host on the first one's task hub.
        _second = new FunctionAppFactory(_first.TaskHub);
        const string purpose = "Microsoft.AspNetCore.Antiforgery.AntiforgeryToken.v1";

        // Act
        var token = Protector(_first, purpose).Protect("a form's token");
        var read = Protector(_second, purpose).Unprotect(token);

        // Assert
        Assert.Equal("a form's token", read);
        var keys = await FunctionAppFactory.Table(_first.TaskHub + "DataProtectionKeys").QueryAsync<TableEntity>().ToListAsync();
        Assert.Single(keys);
        Assert.Contains("<key ", keys[0].GetString("Xml"), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await _first.DisposeAndDeleteHubAsync();
    }

    private static IDataProtector Protector(FunctionAppFactory host, string purpose) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose);
}
