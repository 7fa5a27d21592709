export { BillingSettingsPage } from './BillingSettingsPage'
export { CollectionRatesPage } from './CollectionRatesPage'
export { FeeItemsPage } from './FeeItemsPage'
