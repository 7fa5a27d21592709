export const UNIT_USAGES = ['RESIDENTIAL', 'OFFICE', 'SHOP', 'FACTORY', 'PARKING'] as const
export type UnitUsage = (typeof UNIT_USAGES)[number]
export const UNIT_STATUSES = ['UNSOLD', 'VACANT', 'OCCUPIED', 'RENOVATING'] as const
export type UnitStatus = (typeof UNIT_STATUSES)[number]

export interface PersonSummary {
  id: string
  name: string
  phoneMasked?: string | null
  idNumberMasked?: string | null
  emergencyContactName?: string | null
  emergencyContactPhone?: string | null
}

export interface Ownership {
  id: string
  person: PersonSummary
  share?: number | null
  startDate?: string | null
  endDate?: string | null
  current: boolean
}

export interface Tenancy {
  id: string
  person: PersonSummary
  leaseStart?: string | null
  leaseEnd?: string | null
  endedOn?: string | null
  current: boolean
}

export interface HouseholdMember {
  id: string
  person: PersonSummary
  relation?: string | null
  since?: string | null
  until?: string | null
}

export interface UnitRow {
  id: string
  number: string
  floor?: number | null
  buildingArea?: number | string | null
  usage: UnitUsage
  status: UnitStatus
  building: { id: string; name: string }
  estate: { id: string; name: string }
  owners: Ownership[]
}

export interface UnitDetail extends UnitRow {
  tenancies: Tenancy[]
  members: HouseholdMember[]
}
