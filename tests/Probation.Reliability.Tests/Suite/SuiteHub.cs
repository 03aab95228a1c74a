using Azure.Storage.Queues;

namespace Probation.Reliability.Suite;

/// <summary>
/// A task hub of one test on the suite's Azurite, with its queues, and the settings every host on it takes: short
/// leases and polls, so that a dead host's partitions are taken over within seconds, and a message visibility of 90 s,
/// which a dead host's messages wait out. Not shorter: after a storage outage the framework's dispatcher waits 10 s after
/// each work item until five in a row succeed, messages waiting that long to be processed became visible again, were
/// taken again, and completing their work failed on stale pop receipts, which renewed the wait (at 10 s and 30 s,
/// orders stayed Pending for over ten minutes).
/// </summary>
internal sealed class SuiteHub(PrivateAzurite storage, string name)
{
    public string Name => name;

    public string ConnectionString => storage.ConnectionString;

    public string CourtOrdersQueue => name.ToLowerInvariant() + "-court-orders";

    public string CourtOrdersPoisonQueue => name.ToLowerInvariant() + "-court-orders-poison";

    public string StaffNotificationsQueue => name.ToLowerInvariant() + "-staff-notifications";

    /// <summary>The activities a host runs at once (the engine's default, said here because the fault checks bound repeats by it).</summary>
    public const int MaxConcurrentActivities = 20;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = storage.ConnectionString,
        ["TaskHub"] = name,
        ["Auth:FunctionKey"] = Keys.Function,
        ["Auth:SystemKey"] = Keys.System,
        ["Durable:LeaseInterval"] = "00:00:06",
        ["Durable:LeaseRenewInterval"] = "00:00:01",
        ["Durable:MaxQueuePollingInterval"] = "00:00:00.500",
        ["Durable:PartitionCount"] = "2",
        ["Durable:MaxConcurrentActivities"] = MaxConcurrentActivities.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Durable:MessageVisibilityTimeout"] = "00:01:30",
        ["Queues:CourtOrders"] = CourtOrdersQueue,
        ["Queues:CourtOrdersPoison"] = CourtOrdersPoisonQueue,
        ["Queues:StaffNotifications"] = StaffNotificationsQueue,
    };

    /// <summary>A queue of the hub as a court system or a consumer sees it: text as given, not base64-encoded.</summary>
    public QueueClient Queue(string queueName) => new(storage.ConnectionString, queueName);
}
