namespace Probation.Infra.Modules;

/// <summary><c>infra/modules/storage.bicep</c>: an account without Shared Key, API.md's queues, the package container.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class StorageBicepTests(CompiledTemplate template)
{
    [Fact]
    public void Account_SharedKey_Disallowed()
    {
        var account = template.Single("Microsoft.Storage/storageAccounts");

        Assert.False((bool)account.Properties["allowSharedKeyAccess"]!);
        Assert.False((bool)account.Properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string)account.Properties["minimumTlsVersion"]!);
    }

    [Fact]
    public void Queues_ApiQueues_AllCreated()
    {
        var queues = template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");

        Assert.Contains("items(variables('queues'))", (string)queues.Body["name"]!, StringComparison.Ordinal);
        Assert.Equal(
            ["court-orders", "court-orders-poison", "staff-notifications"],
            queues.Variable("queues").AsObject().Select(queue => (string)queue.Value!).Order());
    }

    [Fact]
    public void Containers_DeploymentPackage_PrivateContainer()
    {
        var container = template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", (string)container.Properties["publicAccess"]!);
    }
}
