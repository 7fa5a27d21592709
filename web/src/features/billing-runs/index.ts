export { BillingRunsPage } from './BillingRunsPage'
