export { CashierPage } from './CashierPage'
export { CASHIER_ROLES } from './queries'
