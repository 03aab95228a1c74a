using DurableTask.AzureStorage;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>
/// The Durable Task Framework's Azure Storage provider for the configured task hub and account; its requests are counted
/// into the host's <see cref="StorageRequestCounter"/> (see <see cref="EngineStorageAccount"/>).
/// </summary>
internal static class TaskHubService
{
    public static AzureStorageOrchestrationService Create(StorageOptions storage, StorageAccount account, EngineOptions engine, StorageRequestCounter counter, ILoggerFactory loggerFactory) =>
        new(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = storage.TaskHub,
            StorageAccountClientProvider = EngineStorageAccount.Create(account, counter),
            PartitionCount = engine.PartitionCount,
            ExtendedSessionsEnabled = engine.ExtendedSessions,
            MaxQueuePollingInterval = engine.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = engine.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = engine.MaxConcurrentActivities,
            WorkerId = engine.EffectiveWorkerId,
            LeaseInterval = engine.LeaseInterval,
            LeaseRenewInterval = engine.LeaseRenewInterval,
            LeaseAcquireInterval = engine.LeaseRenewInterval,
            ControlQueueVisibilityTimeout = engine.MessageVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = engine.MessageVisibilityTimeout,

            // Scheduling an id that exists must fail, not replace the running order (the default replaces it).
            ThrowExceptionOnInvalidDedupeStatus = true,

            // The app lease serves slot swaps between two apps on one hub; every host of this app may work.
            UseAppLease = false,
            LoggerFactory = loggerFactory,
        });
}
