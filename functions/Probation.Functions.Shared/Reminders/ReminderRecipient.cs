namespace Probation.Functions.Reminders;

/// <summary>Whose list a reminder appears in: one member of staff or one team; the partition of its index rows.</summary>
internal readonly record struct ReminderRecipient(string PartitionKey)
{
    public static ReminderRecipient Staff(string staffId) => new("staff|" + staffId);

    public static ReminderRecipient Team(string teamId) => new("team|" + teamId);
}
