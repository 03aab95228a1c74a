namespace Probation.Infra.Modules;

/// <summary><c>infra/modules/roles.bicep</c>: the app's identity gets the storage data roles on the account.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class RolesBicepTests(CompiledTemplate template)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public void StorageRoles_AppIdentity_BlobOwnerQueueAndTableContributorOnTheAccount()
    {
        var assignments = template.All("Microsoft.Authorization/roleAssignments")
            .Where(assignment => ((string)assignment.Body["scope"]!).Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        var assignment = Assert.Single(assignments);

        Assert.Equal("[length(items(variables('storageRoles')))]", (string)assignment.Body["copy"]!["count"]!);
        Assert.Contains("items(variables('storageRoles'))[copyIndex()].value", (string)assignment.Properties["roleDefinitionId"]!, StringComparison.Ordinal);
        Assert.Equal("[parameters('principalId')]", (string)assignment.Properties["principalId"]!);
        Assert.Equal(
            new HashSet<string> { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor },
            assignment.Variable("storageRoles").AsObject().Select(role => (string)role.Value!).ToHashSet());
    }

    [Fact]
    public void TelemetryRole_AppIdentity_MetricsPublisherOnApplicationInsights()
    {
        var assignment = Assert.Single(
            template.All("Microsoft.Authorization/roleAssignments"),
            assignment => ((string)assignment.Body["scope"]!).Contains("Microsoft.Insights/components", StringComparison.Ordinal));

        Assert.Equal(MonitoringMetricsPublisher, (string)assignment.Variable("monitoringMetricsPublisher")!);
    }
}
