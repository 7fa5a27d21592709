export { MyUnitsPage } from './MyUnitsPage'
export { UnitDetailPage } from './UnitDetailPage'
export { UnitSearchPage } from './UnitSearchPage'
