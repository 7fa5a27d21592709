export { EstatesPage } from './EstatesPage'
