export { LedgerPage } from './LedgerPage'
export { PaymentAnomaliesPage } from './PaymentAnomaliesPage'
export { REFUND_ROLES as PAYMENT_ANOMALY_ROLES } from './queries'
