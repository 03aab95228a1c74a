using System.Globalization;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>
/// Hand-built activity inputs. Ids are new for every test: the reminder tables and the <c>staff-notifications</c> queue
/// are shared by every host on the same Azurite, whatever its task hub.
/// </summary>
internal static class ReminderSamples
{
    public const string Reason = "5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)";

    public static readonly DateTime CreatedAt = new(2026, 12, 23, 9, 0, 0, DateTimeKind.Utc);

    public static readonly PolicyReference Policy = new("ns-seeded", 1);

    public static string NewOrderId() => "ORD-" + Unique();

    public static string NewStaffId() => "S" + Unique();

    public static string NewTeamId() => "T" + Unique();

    public static Reminder Reminder(
        string orderId, string dutyId, ReminderKind kind, DateOnly dueDate, string? staffId, string? teamId, string ruleId = "T-FIRST") =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{orderId}:{dutyId}:{kind}:{dueDate:yyyy-MM-dd}"),
            new OrderId(orderId),
            new Crn("X123456"),
            staffId is null ? null : new StaffId(staffId),
            teamId is null ? null : new TeamId(teamId),
            ruleId,
            dutyId,
            kind,
            dueDate,
            Reason,
            Policy,
            CreatedAt);

    private static string Unique() => Guid.NewGuid().ToString("N")[..12];
}
