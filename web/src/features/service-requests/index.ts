export { EngineerJobPage, EngineerJobsPage } from './EngineerJobsPage'
export { ResidentRequestPage, ResidentServicesPage } from './ResidentServicesPage'
