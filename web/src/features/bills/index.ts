export { BillsPage } from './BillsPage'
export { CheckoutReturnPage } from './CheckoutReturnPage'
