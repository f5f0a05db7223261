// Policy Steward on Azure: one user-assigned managed identity (no client secret anywhere), a Linux
// App Service plan (B1) and Web App running the bot as a single process, and an Azure Bot bound to
// that identity with the Microsoft Teams channel. Shaped like the Microsoft 365 Agents Toolkit's
// Python bot template; deployed by `atk provision` (m365agents.yml) or `az deployment group create`.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('Azure region of the identity, the plan and the web app. The Azure Bot resource itself is global.')
param location string = 'uksouth'

@description('App Service plan size. B1 is the smallest with Always On, which the reminders need.')
param webAppSKU string = 'B1'

@description('Python runtime of the web app.')
param linuxFxVersion string = 'PYTHON|3.11'

@maxLength(42)
param botDisplayName string

@description('The SharePoint site that holds the lists, e.g. https://contoso.sharepoint.com/sites/policy-steward')
param sharePointSiteUrl string

@description('The organisation file, relative to the deployed code.')
param orgFile string = 'orgs/home-start-suffolk/org.toml'

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName

// The bot's identity towards the Bot Framework and Microsoft Graph. Its client id is the bot id.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource serverfarm 'Microsoft.Web/serverfarms@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      // Reminders, ICO clocks, the Board fallback and the SharePoint outbox need a live process.
      alwaysOn: true
      linuxFxVersion: linuxFxVersion
      // One process: several workers would each run the scheduler.
      appCommandLine: 'python -m bot serve --host 0.0.0.0'
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
        {
          name: 'WEBSITES_CONTAINER_START_TIME_LIMIT'
          value: '600'
        }
        {
          name: 'WEBSITES_PORT'
          value: '8000'
        }
        {
          name: 'BOT_PORT'
          value: '8000'
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: identity.properties.tenantId
        }
        {
          name: 'BOT_GRAPH_CREDENTIAL'
          value: 'managed_identity'
        }
        {
          name: 'BOT_GRAPH_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_STORAGE'
          value: 'sharepoint'
        }
        {
          name: 'BOT_SHAREPOINT_SITE_URL'
          value: sharePointSiteUrl
        }
        {
          name: 'BOT_ORG_FILE'
          value: orgFile
        }
        // SQLite on the instance's own disk (reliable locking; wiped when the container restarts),
        // copied to the persistent /home share after each change and restored at start-up.
        {
          name: 'BOT_DATA_DIR'
          value: '/tmp/policy-steward'
        }
        {
          name: 'BOT_DATA_BACKUP_DIR'
          value: '/home/data/policy-steward'
        }
        {
          name: 'BOT_LOG_LEVEL'
          value: 'INFO'
        }
      ]
    }
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
}

// Register the web app as a bot with the Bot Framework, using the same identity.
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// The Agents Toolkit writes these into env/.env.<environment>.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
