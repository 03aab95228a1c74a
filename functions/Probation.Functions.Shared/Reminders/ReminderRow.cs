using Probation.Orders.Activities;

namespace Probation.Functions.Reminders;

/// <summary>A reminder's row to insert: where it goes and the state it starts in.</summary>
internal sealed record ReminderRow(string PartitionKey, string RowKey, Reminder Reminder, ReminderState State);
