export { CompaniesPage } from './CompaniesPage'
