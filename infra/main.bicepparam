// Example parameters. Nothing secret is written here: the keys and the registry password are read from environment
// variables when the deployment runs (readEnvironmentVariable fails if a variable without a default is unset).
//
//   export PROBATION_IMAGE=myregistry.azurecr.io/probation-functions:1.0.0
//   export PROBATION_REGISTRY_SERVER=myregistry.azurecr.io      # omit all three for a public image
//   export PROBATION_REGISTRY_USERNAME=myregistry
//   export PROBATION_REGISTRY_PASSWORD=...                       # e.g. from az acr credential show
//   export PROBATION_FUNCTION_KEY=$(openssl rand -base64 32)
//   export PROBATION_SYSTEM_KEY=$(openssl rand -base64 32)
//   az deployment group create --resource-group <resource-group> --parameters infra/main.bicepparam
using './main.bicep'

param namePrefix = 'probation'
param storageSku = 'Standard_LRS'

param image = readEnvironmentVariable('PROBATION_IMAGE')
param registryServer = readEnvironmentVariable('PROBATION_REGISTRY_SERVER', '')
param registryUsername = readEnvironmentVariable('PROBATION_REGISTRY_USERNAME', '')
param registryPassword = readEnvironmentVariable('PROBATION_REGISTRY_PASSWORD', '')

param taskHub = 'OffenderManagement'
param partitionCount = 4
param functionKey = readEnvironmentVariable('PROBATION_FUNCTION_KEY')
param systemKey = readEnvironmentVariable('PROBATION_SYSTEM_KEY')

param cpu = '0.5'
param minReplicas = 1
param courtOrdersQueueLength = 20
param httpConcurrentRequests = 100

param tags = {
  service: 'offender-management'
}
