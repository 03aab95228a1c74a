using System.ComponentModel.DataAnnotations;

namespace Probation.Functions.Hosting;

/// <summary>
/// The storage settings, named as the Functions host names them (top-level keys). The account itself is
/// <c>AzureWebJobsStorage</c> in either of its forms (<see cref="Storage.StorageAccount"/>).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The task hub: the prefix of every table, the runtime's and the app's (<see cref="AppTables"/>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "TaskHub must be 3-45 letters and digits, starting with a letter.")]
    public string TaskHub { get; set; } = "OffenderManagement";
}
