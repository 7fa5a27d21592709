export { ArrearsPage } from './ArrearsPage'
export { ARREARS_ROLES } from './queries'
