namespace AzureStorage.Client.Http;

/// <summary>The two services this client speaks to; they differ in signing and error bodies.</summary>
internal enum StorageService
{
    Queue,
    Table,
}
