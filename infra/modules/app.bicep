// The host (functions/Probation.Functions) as a container app: settings as environment variables, keys as secrets,
// probes on /health, and scaling on the court-orders queue and on HTTP concurrency, capped at the partition count.

@description('Container app name: lowercase letters, digits and hyphens, at most 32 characters.')
@maxLength(32)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Resource id of the Container Apps managed environment.')
param environmentId string

@description('Workload profile of the environment to run on.')
param workloadProfileName string

@description('Name of the storage account (created by the storage module); its key is read here, never passed around.')
param storageAccountName string

@description('Which account key the connection string uses: 0 (key1) or 1 (key2). Switch to rotate keys without downtime.')
@allowed([
  0
  1
])
param storageKeyIndex int

@description('Container image, e.g. myregistry.azurecr.io/probation-functions:1.0.0.')
param image string

@description('Registry server for a private image; empty for a public image.')
param registryServer string

@description('Registry user name (with registryServer).')
param registryUsername string

@description('Registry password (with registryServer).')
@secure()
param registryPassword string

@description('Task hub name (setting TaskHub).')
param taskHub string

@description('Partitions of the task hub (setting Durable:AzureStorage:PartitionCount), and the replica ceiling.')
@minValue(1)
@maxValue(16)
param partitionCount int

@description('Key for court systems and staff routes (setting Auth:FunctionKey).')
@secure()
param functionKey string

@description('Key for the management and admin routes (setting Auth:SystemKey).')
@secure()
param systemKey string

@description('Replicas kept running at all times (at least 1; never more than partitionCount).')
@minValue(1)
@maxValue(16)
param minReplicas int

@description('Target court-orders messages per replica for the azure-queue scale rule.')
@minValue(1)
param courtOrdersQueueLength int

@description('Target concurrent HTTP requests per replica for the HTTP scale rule.')
@minValue(1)
param httpConcurrentRequests int

@description('vCPU per replica; memory follows at 2 GiB per vCPU (the Consumption profile\'s ratio).')
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
param cpu string

@description('Seconds a replica gets between SIGTERM and SIGKILL.')
@minValue(0)
@maxValue(600)
param terminationGracePeriodSeconds int

@description('Further settings as environment variables, name to value (":" written "__").')
param additionalSettings object

// The port the image listens on (Dockerfile: ASPNETCORE_URLS=http://+:8080).
var port = 8080

var memoryByCpu = {
  '0.25': '0.5Gi'
  '0.5': '1Gi'
  '0.75': '1.5Gi'
  '1': '2Gi'
  '1.25': '2.5Gi'
  '1.5': '3Gi'
  '1.75': '3.5Gi'
  '2': '4Gi'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// Secret names: lowercase letters, digits and hyphens.
var storageSecretName = 'storage-connection'
var functionKeySecretName = 'function-key'
var systemKeySecretName = 'system-key'
var registrySecretName = 'registry-password'

var useRegistry = !empty(registryServer)

var baseSecrets = [
  {
    name: storageSecretName
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[storageKeyIndex].value};EndpointSuffix=${environment().suffixes.storage}'
  }
  {
    name: functionKeySecretName
    value: functionKey
  }
  {
    name: systemKeySecretName
    value: systemKey
  }
]

var registrySecrets = useRegistry ? [
  {
    name: registrySecretName
    value: registryPassword
  }
] : []

var registries = useRegistry ? [
  {
    server: registryServer
    username: registryUsername
    passwordSecretRef: registrySecretName
  }
] : []

// The settings of ../../local.settings.sample.json, as environment variables (API.md: ":" is written "__").
// Clock:Mode is fixed to System: the virtual clock is for tests and demos only, never in production.
var settings = [
  {
    name: 'AzureWebJobsStorage'
    secretRef: storageSecretName
  }
  {
    name: 'TaskHub'
    value: taskHub
  }
  {
    name: 'Clock__Mode'
    value: 'System'
  }
  {
    name: 'Auth__FunctionKey'
    secretRef: functionKeySecretName
  }
  {
    name: 'Auth__SystemKey'
    secretRef: systemKeySecretName
  }
  {
    name: 'Durable__AzureStorage__PartitionCount'
    value: string(partitionCount)
  }
  {
    // Also set in the Dockerfile; repeated so the ingress target port and the listening port cannot drift apart.
    name: 'ASPNETCORE_URLS'
    value: 'http://+:${port}'
  }
]

var extraSettings = map(items(additionalSettings), setting => {
  name: setting.key
  value: string(setting.value)
})

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    environmentId: environmentId
    workloadProfileName: workloadProfileName
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
        traffic: [
          {
            latestRevision: true
            weight: 100
          }
        ]
      }
      secrets: concat(baseSecrets, registrySecrets)
      registries: registries
    }
    template: {
      terminationGracePeriodSeconds: terminationGracePeriodSeconds
      containers: [
        {
          name: 'host'
          image: image
          resources: {
            cpu: json(cpu)
            memory: memoryByCpu[cpu]
          }
          env: concat(settings, extraSettings)
          probes: [
            {
              // Start-up creates the hub's tables and queues before the server listens: allow about a minute.
              type: 'Startup'
              httpGet: {
                path: '/health'
                port: port
              }
              initialDelaySeconds: 5
              periodSeconds: 10
              timeoutSeconds: 10
              failureThreshold: 6
            }
            {
              // /health answers 503 while storage is unreachable; take the replica out of rotation quickly...
              type: 'Readiness'
              httpGet: {
                path: '/health'
                port: port
              }
              periodSeconds: 10
              timeoutSeconds: 10
              failureThreshold: 3
              successThreshold: 1
            }
            {
              // ...but restart it only after a long outage (5 x 30 s), since a restart cannot fix storage.
              type: 'Liveness'
              httpGet: {
                path: '/health'
                port: port
              }
              periodSeconds: 30
              timeoutSeconds: 10
              failureThreshold: 5
            }
          ]
        }
      ]
      scale: {
        // A replica beyond the partition count would own no control-queue partition (DTFx's Azure Storage provider).
        minReplicas: min(minReplicas, partitionCount)
        maxReplicas: partitionCount
        rules: [
          {
            name: 'court-orders-queue'
            azureQueue: {
              queueName: 'court-orders'
              queueLength: courtOrdersQueueLength
              auth: [
                {
                  secretRef: storageSecretName
                  triggerParameter: 'connection'
                }
              ]
            }
          }
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: string(httpConcurrentRequests)
              }
            }
          }
        ]
      }
    }
  }
}

@description('Name of the container app.')
output name string = app.name

@description('Public HTTPS address of the host.')
output url string = 'https://${app.properties.configuration.ingress.fqdn}'
