using System.ComponentModel.DataAnnotations;

namespace Probation.Functions.Hosting;

/// <summary>The storage settings, named as the Functions host names them (top-level keys).</summary>
public sealed class StorageOptions
{
    /// <summary>The storage connection string; <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    [Required(ErrorMessage = "AzureWebJobsStorage must be set: a storage connection string, or UseDevelopmentStorage=true for Azurite.")]
    public string AzureWebJobsStorage { get; set; } = string.Empty;

    /// <summary>The task hub: the prefix of every table, the runtime's and the app's (<see cref="AppTables"/>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "TaskHub must be 3-45 letters and digits, starting with a letter.")]
    public string TaskHub { get; set; } = "OffenderManagement";
}
