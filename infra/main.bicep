// Offender management workflow service on Azure: the Azure Functions app (functions/Probation.FunctionApp) on a Flex
// Consumption plan, the storage account it runs on, Application Insights, and the roles of the app's identity.
// Deploy into an existing resource group; infra/README.md documents every parameter and the deployment steps.

targetScope = 'resourceGroup'

import { nationalStandardsOverrides } from 'modules/functionapp.bicep'

@description('Azure region of every resource (one where Flex Consumption is offered); defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Prefix of the resource names: 2-20 lowercase letters, digits and hyphens, starting with a letter.')
@minLength(2)
@maxLength(20)
param namePrefix string = 'probation'

@description('Function app name: globally unique, it is the host name. Defaults to namePrefix and a hash of the resource group.')
@minLength(2)
@maxLength(60)
param functionAppName string = '${namePrefix}-${uniqueString(resourceGroup().id, namePrefix)}'

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
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

@description('Memory per instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to (1-1000).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Days Log Analytics keeps the logs (30-730).')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Task hub name (setting TaskHub): 3-45 letters and digits, starting with a letter. Prefixes every table of the hub and of the app.')
@minLength(3)
@maxLength(45)
param taskHub string = 'OffenderManagement'

@description('Setting Calendar:BankHolidaysPath: a newer gov.uk bank-holidays.json inside the package; empty for the shipped copy.')
param bankHolidaysPath string = ''

@description('Changes to the shipped National Standards policy (settings NationalStandards:*); empty keeps it as shipped.')
param nationalStandards nationalStandardsOverrides = {}

@description('Tags for every resource.')
param tags object = {}

@description('Client id of the Microsoft Entra ID app registration that signs staff in to the pages (built-in authentication); empty leaves the pages closed.')
param pagesClientId string = ''

@description('Tenant of that app registration; by default the deployment\'s.')
param pagesTenantId string = subscription().tenantId

var prefix = toLower(namePrefix)

module storage 'modules/storage.bicep' = {
  name: '${deployment().name}-storage'
  params: {
    name: storageAccountName
    location: location
    skuName: storageSku
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: '${deployment().name}-monitoring'
  params: {
    workspaceName: '${prefix}-logs'
    insightsName: '${prefix}-insights'
    location: location
    retentionDays: logRetentionDays
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: '${deployment().name}-functionapp'
  params: {
    name: functionAppName
    planName: '${prefix}-plan'
    location: location
    tags: tags
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    storageEndpoints: storage.outputs.endpoints
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    queues: storage.outputs.queues
    insightsConnectionString: monitoring.outputs.connectionString
    taskHub: taskHub
    bankHolidaysPath: bankHolidaysPath
    nationalStandards: nationalStandards
    pagesClientId: pagesClientId
    pagesTenantId: pagesTenantId
  }
}

module roles 'modules/roles.bicep' = {
  name: '${deployment().name}-roles'
  params: {
    storageAccountName: storage.outputs.name
    insightsName: monitoring.outputs.insightsName
    principalId: functionApp.outputs.principalId
  }
}

@description('Name of the function app (for az functionapp commands).')
output functionAppName string = functionApp.outputs.name

@description('Public HTTPS address of the service, e.g. <functionAppUrl>/health.')
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Name of the storage account holding the task hub and the queues.')
output storageAccountName string = storage.outputs.name
