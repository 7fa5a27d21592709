export { BillingRunsPage } from './BillingRunsPage'
export { BILLING_RUN_ROLES } from './queries'
