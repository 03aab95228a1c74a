// The function app on a Flex Consumption plan: .NET 10 isolated worker, package deployed to a blob container, and a
// system-assigned identity it uses for storage, the package and telemetry alike (no key in any setting).

@description('Name of the function app (globally unique: it is the host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Memory per instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the plan scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Service endpoints of the storage account (blob, queue, table).')
param storageEndpoints object

@description('URL of the blob container the package is deployed to.')
param deploymentContainerUrl string

@description('Names of the queues (courtOrders, courtOrdersPoison, staffNotifications).')
param queues object

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Task hub name (setting TaskHub).')
param taskHub string

@description('Setting Calendar:BankHolidaysPath; empty for the copy shipped with the app.')
param bankHolidaysPath string

@description('Setting NationalStandards:*.')
param nationalStandards nationalStandardsOverrides

@description('Client id of the Microsoft Entra ID app registration that signs staff in to the pages; empty leaves the pages closed (401).')
param pagesClientId string

@description('Tenant of that app registration.')
param pagesTenantId string

@export()
@sealed()
@description('Changes to the shipped National Standards policy (settings NationalStandards:*); anything left out keeps its value. Per-rule figures (NationalStandards:Rules:T-REVIEW:Due) cannot be app settings: names of app settings allow no hyphen.')
type nationalStandardsOverrides = {
  @description('The new policy\'s name.')
  name: string?

  @description('The new policy\'s version; it must change whenever a figure changes.')
  version: int?

  @description('Default "due soon" reminder leads, e.g. ["2 working days"].')
  dueSoonLeads: string[]?

  @description('Default escalation delay after a due date, e.g. "1 working day".')
  escalateAfter: string?

  @description('How long a warning stands, e.g. "12 months".')
  warningStandsFor: string?
}

// The names of local.settings.sample.json, ':' written '__'. Auth:* is not among them: in Azure the Functions host
// checks function keys itself. Clock:Mode is always System: time travel is for tests and demos only. No
// FUNCTIONS_WORKER_RUNTIME or FUNCTIONS_EXTENSION_VERSION: Flex Consumption takes them from functionAppConfig.
var appSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
  APPLICATIONINSIGHTS_CONNECTION_STRING: insightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  TaskHub: taskHub
  // The Durable extension takes its hub from host.json; this keeps it on the hub the app's own tables are named after.
  AzureFunctionsJobHost__extensions__durableTask__hubName: taskHub
  Clock__Mode: 'System'
  Queues__CourtOrders: queues.courtOrders
  Queues__CourtOrdersPoison: queues.courtOrdersPoison
  Queues__StaffNotifications: queues.staffNotifications
  Calendar__BankHolidaysPath: bankHolidaysPath
}

var dueSoonLeads = nationalStandards.?dueSoonLeads ?? []

// Only what is given becomes a setting: an empty NationalStandards:Name would rename the policy to nothing.
var policyFigures = {
  NationalStandards__Name: nationalStandards.?name
  NationalStandards__Version: nationalStandards.?version
  NationalStandards__EscalateAfter: nationalStandards.?escalateAfter
  NationalStandards__WarningStandsFor: nationalStandards.?warningStandsFor
}

var policySettings = union(
  toObject(filter(items(policyFigures), figure => figure.value != null), figure => figure.key, figure => string(figure.value)),
  toObject(range(0, length(dueSoonLeads)), i => 'NationalStandards__DueSoonLeads__${i}', i => dueSoonLeads[i])
)

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [for setting in items(union(policySettings, appSettings)): { name: setting.key, value: setting.value }]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

// The staff pages sit behind the platform's built-in authentication (Microsoft Entra ID). The API, health, the Durable
// management API and the OpenAPI document keep their function keys and are left out of it; with no app registration
// given, the pages answer 401 rather than open.
resource pagesAuth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: empty(pagesClientId) ? 'Return401' : 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: [
        '/api'
        '/health'
        '/runtime'
        '/openapi'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: !empty(pagesClientId)
        registration: {
          clientId: pagesClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${pagesTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: empty(pagesClientId) ? [] : [
            'api://${pagesClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName

@description('Principal id of the app\'s system-assigned identity.')
output principalId string = site.identity.principalId
