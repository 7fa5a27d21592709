export { StaffPage } from './StaffPage'
