export { ArrearsPage } from './ArrearsPage'
