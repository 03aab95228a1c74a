// Offender management workflow service on Azure: a storage account (the task hub's tables and the external queues),
// a Log Analytics workspace, a Container Apps environment, and the host as a container app.
// Deploy into an existing resource group; see README.md in this folder for the parameters and how scaling works.

targetScope = 'resourceGroup'

// ---- Naming and placement ----

@description('Azure region for every resource; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Prefix of the resource names: 2-20 lowercase letters, digits and hyphens, starting with a letter.')
@minLength(2)
@maxLength(20)
param namePrefix string = 'probation'

@description('Storage account name: 3-24 lowercase letters and digits, globally unique. Defaults to one derived from the resource group and namePrefix.')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'st${uniqueString(resourceGroup().id, namePrefix)}'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
param storageSku string = 'Standard_LRS'

@description('Which storage account key the app uses: 0 (key1) or 1 (key2). Switch, redeploy, then regenerate the other key.')
@allowed([
  0
  1
])
param storageKeyIndex int = 0

@description('Days Log Analytics keeps the logs (30-730).')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags for every resource.')
param tags object = {}

// ---- The image ----

@description('Container image built from functions/Probation.Functions/Dockerfile, e.g. myregistry.azurecr.io/probation-functions:1.0.0.')
param image string

@description('Registry server of a private image (e.g. myregistry.azurecr.io); empty for a public image.')
param registryServer string = ''

@description('Registry user name; used only with registryServer.')
param registryUsername string = ''

@description('Registry password; used only with registryServer.')
@secure()
param registryPassword string = ''

// ---- The service's settings ----

@description('Task hub name (setting TaskHub): 3-45 letters and digits, starting with a letter. Prefixes every table: the runtime's {taskHub}Partitions and {taskHub}Poison, and the app's own.')
@minLength(3)
@maxLength(45)
param taskHub string = 'OffenderManagement'

@description('Partitions of the task hub (setting Durable:AzureStorage:PartitionCount, 1-16); fixed when the hub is created. Also the maximum number of replicas.')
@minValue(1)
@maxValue(16)
param partitionCount int = 4

@description('Function key for court systems and staff (setting Auth:FunctionKey), at least 16 characters.')
@secure()
@minLength(16)
param functionKey string

@description('System key for the management API and /admin (setting Auth:SystemKey), at least 16 characters.')
@secure()
@minLength(16)
param systemKey string

@description('Further settings as environment variables, name to value, e.g. { "Durable__Worker__MaxConcurrentActivities": "64" }. Do not repeat the settings this template sets.')
param additionalSettings object = {}

// ---- Size and scale ----

@description('vCPU per replica; memory is 2 GiB per vCPU.')
@allowed([
  '0.25'
  '0.5'
  '0.75'
  '1'
  '1.25'
  '1.5'
  '1.75'
  '2'
])
param cpu string = '0.5'

@description('Replicas always running (1-16, capped at partitionCount). At least one must run: durable timers fire only in a running host.')
@minValue(1)
@maxValue(16)
param minReplicas int = 1

@description('azure-queue scale rule: target number of court-orders messages per replica.')
@minValue(1)
param courtOrdersQueueLength int = 20

@description('HTTP scale rule: target concurrent requests per replica.')
@minValue(1)
param httpConcurrentRequests int = 100

@description('Seconds a replica gets to stop after SIGTERM (finish running work, free its partition leases).')
@minValue(0)
@maxValue(600)
param terminationGracePeriodSeconds int = 60

module storage 'modules/storage.bicep' = {
  name: '${deployment().name}-storage'
  params: {
    name: storageAccountName
    location: location
    skuName: storageSku
    taskHub: taskHub
    tags: tags
  }
}

module containerEnvironment 'modules/environment.bicep' = {
  name: '${deployment().name}-environment'
  params: {
    workspaceName: '${toLower(namePrefix)}-logs'
    environmentName: '${toLower(namePrefix)}-env'
    location: location
    logRetentionDays: logRetentionDays
    tags: tags
  }
}

module app 'modules/app.bicep' = {
  name: '${deployment().name}-app'
  params: {
    name: '${toLower(namePrefix)}-host'
    location: location
    tags: tags
    environmentId: containerEnvironment.outputs.environmentId
    workloadProfileName: containerEnvironment.outputs.workloadProfileName
    storageAccountName: storage.outputs.name
    storageKeyIndex: storageKeyIndex
    image: image
    registryServer: registryServer
    registryUsername: registryUsername
    registryPassword: registryPassword
    taskHub: taskHub
    partitionCount: partitionCount
    functionKey: functionKey
    systemKey: systemKey
    minReplicas: minReplicas
    courtOrdersQueueLength: courtOrdersQueueLength
    httpConcurrentRequests: httpConcurrentRequests
    cpu: cpu
    terminationGracePeriodSeconds: terminationGracePeriodSeconds
    additionalSettings: additionalSettings
  }
}

@description('Public HTTPS address of the service (e.g. GET <appUrl>/health).')
output appUrl string = app.outputs.url

@description('Name of the storage account holding the task hub and the queues.')
output storageAccountName string = storage.outputs.name

@description('Name of the container app (for az containerapp logs/revision commands).')
output containerAppName string = app.outputs.name
