// The storage account the function app runs on: the Functions host's own state and the Durable task hub (its
// tables, queues and blobs, created by the Durable extension), API.md's queues, and the container the app's package
// is deployed to. Shared Key is off: the app reaches every service with its managed identity (roles.bicep).

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Redundancy of the account.')
param skuName string

@description('Tags for every resource.')
param tags object

// API.md: court orders in (and those set aside with their reason), reminders and warning letters out.
var queues = {
  courtOrders: 'court-orders'
  courtOrdersPoison: 'court-orders-poison'
  staffNotifications: 'staff-notifications'
}

// Flex Consumption runs the package that `az functionapp deploy` uploads here.
var deploymentContainerName = 'app-package'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource queueResources 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for queue in items(queues): {
    parent: queueService
    name: queue.value
  }
]

@description('The storage account name.')
output name string = account.name

@description('Service endpoints, for the identity-based AzureWebJobsStorage connection.')
output endpoints object = {
  blob: account.properties.primaryEndpoints.blob
  queue: account.properties.primaryEndpoints.queue
  table: account.properties.primaryEndpoints.table
}

@description('URL of the blob container holding the deployed package.')
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'

@description('The queue names, so that the app\'s settings name the queues created here.')
output queues object = queues
