export { CashierPage } from './CashierPage'
