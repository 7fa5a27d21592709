export { ServiceSettingsPage } from './ServiceSettingsPage'
export { PublishedChannels } from './PublishedChannels'
