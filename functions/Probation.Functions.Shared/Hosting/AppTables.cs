using Microsoft.Extensions.Options;

namespace Probation.Functions.Hosting;

/// <summary>
/// The names of the function app's own tables. Each starts with the task hub's name, as the runtime's tables do, so
/// that task hubs sharing one storage account (a second deployment, or the tests beside a running service) never see
/// each other's orders or reminders. Their longest suffix plus the longest task hub make the 63 characters a table
/// name may have.
/// </summary>
internal sealed class AppTables(IOptions<StorageOptions> options)
{
    private string TaskHub => options.Value.TaskHub;

    /// <summary>The orders as the courts posted them.</summary>
    public string Orders => TaskHub + "Orders";

    /// <summary>The orders as staff see them, published by the orchestrations.</summary>
    public string OrderViews => TaskHub + "OrderViews";

    /// <summary>One partition per order: a row per reminder, its duty membership, and the closed duties.</summary>
    public string Reminders => TaskHub + "Reminders";

    /// <summary>The reminders indexed by staff member and by team.</summary>
    public string ReminderRecipients => TaskHub + "ReminderRecipients";

    /// <summary>The orders each offender manager and each team holds now (<see cref="Orders.CaseloadIndex"/>).</summary>
    public string Caseloads => TaskHub + "Caseloads";

    /// <summary>What has been put on the staff-notifications queue.</summary>
    public string NotificationsSent => TaskHub + "NotificationsSent";

    /// <summary>Poisoned court-orders messages too large to carry their reason on the poison queue.</summary>
    public string CourtOrdersPoison => TaskHub + "CourtOrdersPoison";

    /// <summary>The virtual clock's offset (<c>Clock:Mode=Virtual</c> only).</summary>
    public string BusinessClock => TaskHub + "BusinessClock";

    /// <summary>The key ring of the sign-in cookie and the forms' anti-forgery tokens, shared by every host.</summary>
    public string DataProtectionKeys => TaskHub + "DataProtectionKeys";

    /// <summary>Every table above, for whoever removes a task hub.</summary>
    public IReadOnlyList<string> All => [Orders, OrderViews, Caseloads, Reminders, ReminderRecipients, NotificationsSent, CourtOrdersPoison, BusinessClock, DataProtectionKeys];
}
