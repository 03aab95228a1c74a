using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Functions.Storage;

/// <summary>Stops the host at start-up, naming the settings, when <c>AzureWebJobsStorage</c> names no account.</summary>
internal sealed class StorageAccountValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        StorageAccount.Read(configuration).Error is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
