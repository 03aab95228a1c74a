namespace Probation.Functions.Storage;

/// <summary>The storage services the app's own clients call, as <see cref="StorageRequestCounter"/> counts them.</summary>
public enum StorageService
{
    /// <summary>The Table service: orders, views, reminders and their indexes.</summary>
    Table = 1,

    /// <summary>The Queue service: <c>court-orders</c>, its poison queue and <c>staff-notifications</c>.</summary>
    Queue = 2,
}
