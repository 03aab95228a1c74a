// Where the container app runs and where its console logs go: a Log Analytics workspace and a Container Apps
// managed environment with the Consumption workload profile.

@description('Log Analytics workspace name.')
param workspaceName string

@description('Container Apps managed environment name.')
param environmentName string

@description('Azure region.')
param location string

@description('Days Log Analytics keeps the logs (30-730).')
@minValue(30)
@maxValue(730)
param logRetentionDays int

@description('Tags for every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource managedEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    zoneRedundant: false
  }
}

@description('Resource id of the managed environment.')
output environmentId string = managedEnvironment.id

@description('Name of the workload profile apps should run on.')
output workloadProfileName string = 'Consumption'
