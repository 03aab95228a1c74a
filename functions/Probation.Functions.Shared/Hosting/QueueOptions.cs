using System.ComponentModel.DataAnnotations;

namespace Probation.Functions.Hosting;

/// <summary>The <c>Queues</c> settings: the names of the external queues (API.md's names by default).</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queues";

    private const string NamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    [RegularExpression(NamePattern, ErrorMessage = "Queues:CourtOrders must be a valid queue name.")]
    public string CourtOrders { get; set; } = "court-orders";

    [RegularExpression(NamePattern, ErrorMessage = "Queues:CourtOrdersPoison must be a valid queue name.")]
    public string CourtOrdersPoison { get; set; } = "court-orders-poison";

    [RegularExpression(NamePattern, ErrorMessage = "Queues:StaffNotifications must be a valid queue name.")]
    public string StaffNotifications { get; set; } = "staff-notifications";
}
