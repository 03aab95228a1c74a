namespace Probation.Infra.Modules;

/// <summary><c>infra/modules/monitoring.bicep</c>: workspace-based Application Insights that takes identities only.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class MonitoringBicepTests(CompiledTemplate template)
{
    [Fact]
    public void Insights_Component_OnTheWorkspaceWithLocalAuthOff()
    {
        var insights = template.Single("Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string)insights.Properties["WorkspaceResourceId"]!, StringComparison.Ordinal);
        Assert.True((bool)insights.Properties["DisableLocalAuth"]!);
        Assert.Single(template.All("Microsoft.OperationalInsights/workspaces"));
    }
}
