// The storage account the service runs on: the task hub's tables (the durable runtime's only state) and the
// external queues. Shared Key stays enabled because the service authenticates with the connection string.

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Redundancy of the account.')
param skuName string

@description('Task hub name; the Durable Task Framework keeps its state in {taskHub}History, {taskHub}Instances, {taskHub}Partitions, its control and work-item queues and blobs.')
param taskHub string

@description('Tags for every resource.')
param tags object

// API.md: court-orders in (with its poison queue), staff-notifications out. The engine creates its own control and
// work-item queues ({taskhub}-control-NN, {taskhub}-workitems) when the task hub is created.
var queueNames = [
  'court-orders'
  'court-orders-poison'
  'staff-notifications'
]

// The host creates these at start-up if they are missing; declaring them here makes them visible (and deletable
// only on purpose) from the start. The app's own tables (reminders and their indexes) are left to the app.
var tableNames = [
  '${taskHub}Partitions'
  '${taskHub}Poison'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
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
    allowSharedKeyAccess: true
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

@description('The storage account name (the app module reads its keys by name).')
output name string = account.name
