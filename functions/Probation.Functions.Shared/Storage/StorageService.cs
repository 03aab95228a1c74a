namespace Probation.Functions.Storage;

/// <summary>The storage services the host calls, as <see cref="StorageRequestCounter"/> counts them.</summary>
public enum StorageService
{
    /// <summary>The Table service: the app's orders, views and reminders; the engine's History and Instances tables.</summary>
    Table = 1,

    /// <summary>The Queue service: <c>court-orders</c>, its poison queue and <c>staff-notifications</c>; the engine's control and work-item queues.</summary>
    Queue = 2,

    /// <summary>The Blob service: the engine's partition leases and large messages (the app itself uses none).</summary>
    Blob = 3,
}
