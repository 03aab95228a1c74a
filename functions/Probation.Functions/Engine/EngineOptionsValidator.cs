using Microsoft.Extensions.Options;

namespace Probation.Functions.Engine;

/// <summary>The rules between <see cref="EngineOptions"/> fields that attributes cannot state.</summary>
internal sealed class EngineOptionsValidator : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options) =>
        options.LeaseRenewInterval < options.LeaseInterval
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Durable:LeaseRenewInterval ({options.LeaseRenewInterval}) must be shorter than Durable:LeaseInterval ({options.LeaseInterval}), or leases lapse between renewals.");
}
