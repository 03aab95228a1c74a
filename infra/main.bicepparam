// Example parameters: nothing here is secret (the app reaches storage and Application Insights with its identity,
// and the Functions host keeps its own keys).
//
//   az deployment group create -g <resource-group> -f infra/main.bicep -p infra/main.bicepparam
using './main.bicep'

param namePrefix = 'probation'
param storageSku = 'Standard_LRS'
param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param logRetentionDays = 30
param taskHub = 'OffenderManagement'
param tags = {
  service: 'offender-management'
}
