namespace Probation.Orders.Rules;

/// <summary>The reminders a duty produces (API.md, reminder <c>kind</c>).</summary>
public enum ReminderKind
{
    /// <summary>When the duty is created, with its due date.</summary>
    Created = 1,

    /// <summary>A set time before the due date.</summary>
    DueSoon = 2,

    /// <summary>Escalation to the OM and their manager when the duty is still open after its due date.</summary>
    Overdue = 3,
}
