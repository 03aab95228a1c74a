using Azure.Core;

namespace Probation.Functions.Storage;

/// <summary>The operation of a request, told from its method and address, in Azure's form and in Azurite's path style.</summary>
public sealed class StorageOperationsTests
{
    public static TheoryData<StorageService, string, string, string, StorageOperation> Requests => new()
    {
        { StorageService.Table, "GET", "/TaskHubInstances()", "?$filter=PartitionKey%20eq%20%27a%27", StorageOperation.TableQuery },
        { StorageService.Table, "GET", "/devstoreaccount1/TaskHubHistory()", "?$filter=x", StorageOperation.TableQuery },
        { StorageService.Table, "GET", "/ProbOrders(PartitionKey='ORD-1',RowKey='')", "", StorageOperation.TableRead },
        { StorageService.Table, "GET", "/devstoreaccount1/ProbOrders(PartitionKey=%27ORD-1%27,RowKey=%27%27)", "", StorageOperation.TableRead },
        { StorageService.Table, "POST", "/devstoreaccount1/ProbOrders", "", StorageOperation.TableInsert },
        { StorageService.Table, "PUT", "/ProbOrders(PartitionKey='ORD-1',RowKey='')", "", StorageOperation.TableWrite },
        { StorageService.Table, "MERGE", "/ProbOrders(PartitionKey='ORD-1',RowKey='')", "", StorageOperation.TableWrite },
        { StorageService.Table, "PATCH", "/ProbOrders(PartitionKey='ORD-1',RowKey='')", "", StorageOperation.TableWrite },
        { StorageService.Table, "DELETE", "/devstoreaccount1/ProbOrders(PartitionKey='ORD-1',RowKey='')", "", StorageOperation.TableDelete },
        { StorageService.Table, "POST", "/devstoreaccount1/$batch", "", StorageOperation.TableBatch },
        { StorageService.Table, "POST", "/Tables", "", StorageOperation.TableOther },
        { StorageService.Table, "DELETE", "/devstoreaccount1/Tables('ProbOrders')", "", StorageOperation.TableOther },
        { StorageService.Table, "GET", "/ProbOrders", "?comp=acl", StorageOperation.TableOther },
        { StorageService.Queue, "GET", "/taskhub-control-00/messages", "?numofmessages=32&visibilitytimeout=300", StorageOperation.QueueReceive },
        { StorageService.Queue, "GET", "/devstoreaccount1/court-orders/messages", "?peekonly=true", StorageOperation.QueuePeek },
        { StorageService.Queue, "POST", "/devstoreaccount1/taskhub-workitems/messages", "?visibilitytimeout=0", StorageOperation.QueueSend },
        { StorageService.Queue, "PUT", "/devstoreaccount1/taskhub-workitems/messages/7d0c", "?popreceipt=AgAA&visibilitytimeout=300", StorageOperation.QueueUpdate },
        { StorageService.Queue, "DELETE", "/taskhub-workitems/messages/7d0c", "?popreceipt=AgAA", StorageOperation.QueueDelete },
        { StorageService.Queue, "DELETE", "/devstoreaccount1/court-orders/messages", "", StorageOperation.QueueOther },
        { StorageService.Queue, "PUT", "/devstoreaccount1/court-orders", "", StorageOperation.QueueOther },
        { StorageService.Queue, "GET", "/devstoreaccount1/court-orders", "?comp=metadata", StorageOperation.QueueOther },
        { StorageService.Queue, "GET", "/messages/messages", "?comp=metadata", StorageOperation.QueueOther },
        { StorageService.Queue, "GET", "/messages/messages", "", StorageOperation.QueueReceive },
        { StorageService.Blob, "PUT", "/devstoreaccount1/taskhub-leases/default/taskhub-control-00", "?comp=lease", StorageOperation.BlobLease },
        { StorageService.Blob, "GET", "/taskhub-leases/default/taskhub-control-00", "", StorageOperation.BlobRead },
        { StorageService.Blob, "HEAD", "/taskhub-leases/default/taskhub-control-00", "", StorageOperation.BlobRead },
        { StorageService.Blob, "PUT", "/devstoreaccount1/taskhub-largemessages/order-1/message.json.gz", "", StorageOperation.BlobWrite },
        { StorageService.Blob, "PUT", "/devstoreaccount1/taskhub-leases", "?restype=container", StorageOperation.BlobOther },
        { StorageService.Blob, "GET", "/taskhub-leases", "?restype=container&comp=list&prefix=default", StorageOperation.BlobOther },
        { StorageService.Blob, "DELETE", "/taskhub-leases/default/taskhub-control-00", "", StorageOperation.BlobOther },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Of_ARequest_IsItsOperationOnItsService(StorageService service, string method, string path, string query, StorageOperation expected)
    {
        // Act
        var operation = StorageOperations.Of(service, RequestMethod.Parse(method), path, query);

        // Assert
        Assert.Equal(expected, operation);
        Assert.Equal(service, StorageOperations.ServiceOf(operation));
    }

    [Fact]
    public void ServiceOf_EveryOperation_IsOneOfTheServices()
    {
        // Act
        var services = Enum.GetValues<StorageOperation>().Select(StorageOperations.ServiceOf).Distinct().Order();

        // Assert
        Assert.Equal([StorageService.Table, StorageService.Queue, StorageService.Blob], services);
    }

    [Fact]
    public void On_EachService_ListsItsOperationsAndTogetherEveryOneOnce()
    {
        // Act
        var table = StorageOperations.On(StorageService.Table);
        var all = new[] { StorageService.Table, StorageService.Queue, StorageService.Blob }.SelectMany(StorageOperations.On);

        // Assert
        Assert.Equal(StorageOperation.TableQuery, table[0]);
        Assert.All(table, operation => Assert.Equal(StorageService.Table, StorageOperations.ServiceOf(operation)));
        Assert.Equal(Enum.GetValues<StorageOperation>(), all.Order());
        Assert.Equal("service", Assert.Throws<ArgumentOutOfRangeException>(() => StorageOperations.On((StorageService)9)).ParamName);
    }
}
