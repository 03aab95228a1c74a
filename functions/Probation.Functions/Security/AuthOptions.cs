using System.ComponentModel.DataAnnotations;

namespace Probation.Functions.Security;

/// <summary>The <c>Auth</c> settings: the keys callers present. Never logged.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The key for court systems and staff routes.</summary>
    [Required(ErrorMessage = "Auth:FunctionKey must be set.")]
    [MinLength(16, ErrorMessage = "Auth:FunctionKey must be at least 16 characters.")]
    public string FunctionKey { get; set; } = string.Empty;

    /// <summary>The key for the management (<c>/runtime/webhooks/durabletask</c>) and <c>/admin</c> routes; it also opens the others.</summary>
    [Required(ErrorMessage = "Auth:SystemKey must be set.")]
    [MinLength(16, ErrorMessage = "Auth:SystemKey must be at least 16 characters.")]
    public string SystemKey { get; set; } = string.Empty;
}
