namespace Probation.Orders.Activities;

/// <summary>
/// The activities an order's orchestration calls, by their registered names. Running orders replay against these
/// names, so they never change; a new contract gets a new name.
/// </summary>
public static class OrderActivityNames
{
    /// <summary>Stores and queues reminders (<see cref="SendRemindersInput"/>).</summary>
    public const string SendReminders = "SendReminders";

    /// <summary>Marks the reminders of closed duties resolved (<see cref="ResolveRemindersInput"/>).</summary>
    public const string ResolveReminders = "ResolveReminders";

    /// <summary>Queues a warning letter (<see cref="WarningLetter"/>).</summary>
    public const string SendWarningLetter = "SendWarningLetter";

    /// <summary>Queues a notice to staff that is not tied to a duty (<see cref="StaffNotice"/>).</summary>
    public const string SendStaffNotice = "SendStaffNotice";

    /// <summary>Stores the order as staff see it (<see cref="OrderViewPublication"/>).</summary>
    public const string PublishOrderView = "PublishOrderView";
}
