import type { UnitStatus, UnitUsage } from './gql/graphql'

// Value lists of schema enums, for pickers and filters (codegen gives the enums' types, not lists of their values).
export const UNIT_USAGES = ['RESIDENTIAL', 'OFFICE', 'SHOP', 'FACTORY', 'PARKING'] as const satisfies readonly UnitUsage[]
export const UNIT_STATUSES = ['UNSOLD', 'VACANT', 'OCCUPIED', 'RENOVATING'] as const satisfies readonly UnitStatus[]
