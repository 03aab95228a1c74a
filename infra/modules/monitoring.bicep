// Application Insights on a Log Analytics workspace. Local authentication is off: the function app sends telemetry
// with its managed identity (Monitoring Metrics Publisher, roles.bicep), so the connection string grants nothing.

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param insightsName string

@description('Azure region.')
param location string

@description('Days the workspace keeps logs (30-730).')
@minValue(30)
@maxValue(730)
param retentionDays int

@description('Tags for every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

@description('Name of the Application Insights component.')
output insightsName string = insights.name

@description('Connection string of the component (not a secret with local authentication off).')
output connectionString string = insights.properties.ConnectionString
