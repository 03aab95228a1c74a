using System.Net;
using AzureStorage.Client.Tables;

namespace AzureStorage.Client;

/// <summary>
/// An entity group transaction was rejected and nothing of it applied. <see cref="StorageRequestException.Status"/>
/// and <see cref="StorageRequestException.ErrorCode"/> are those of the failing action (for example 409
/// EntityAlreadyExists, 412 UpdateConditionNotSatisfied, 404 ResourceNotFound).
/// </summary>
public sealed class TableTransactionFailedException : StorageRequestException
{
    internal TableTransactionFailedException(
        int attempts, HttpStatusCode status, string? errorCode, string? serviceMessage, int? failedActionIndex, TableTransactionActionType? failedActionType)
        : base("Table.Batch", attempts, status, errorCode, serviceMessage, Describe(failedActionIndex, failedActionType))
    {
        FailedActionIndex = failedActionIndex;
        FailedActionType = failedActionType;
    }

    /// <summary>The zero-based index of the action that failed, when the service said which.</summary>
    public int? FailedActionIndex { get; }

    /// <summary>The kind of the action that failed, when known.</summary>
    public TableTransactionActionType? FailedActionType { get; }

    private static string Describe(int? index, TableTransactionActionType? type) =>
        index is null ? " [failing action not reported]" : $" [failing action #{index}, {type}]";
}
