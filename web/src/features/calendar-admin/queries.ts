import { graphql } from '@/shared/api/gql'
import type { CalendarDaySource, WorkingCalendarFieldsFragment } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql (workingCalendar, addCalendarDay, removeCalendarDay, setWorkingHours,
// setCalendarTimeZone); types are generated from them (npm run codegen).
graphql(`
  fragment WorkingCalendarFields on WorkingCalendar {
    estateId year timeZone workStart workEnd estateHours officialSchedule notice workingDays
    days { date working source name overrideId }
  }
`)

export const WORKING_CALENDAR_QUERY = graphql(`
  query CalendarAdminYear($estateId: ID, $year: Int!) {
    workingCalendar(estateId: $estateId, year: $year) { ...WorkingCalendarFields }
  }
`)

export const ADD_CALENDAR_DAY_MUTATION = graphql(`
  mutation CalendarAdminAddDay($input: AddCalendarDayInput!) {
    addCalendarDay(input: $input) {
      day { id }
      errors { __typename code message field }
    }
  }
`)

export const REMOVE_CALENDAR_DAY_MUTATION = graphql(`
  mutation CalendarAdminRemoveDay($input: RemoveCalendarDayInput!) {
    removeCalendarDay(input: $input) {
      day { id }
      errors { __typename code message field }
    }
  }
`)

export const SET_WORKING_HOURS_MUTATION = graphql(`
  mutation CalendarAdminSetHours($input: SetWorkingHoursInput!) {
    setWorkingHours(input: $input) {
      calendar { ...WorkingCalendarFields }
      errors { __typename code message field }
    }
  }
`)

export const SET_TIME_ZONE_MUTATION = graphql(`
  mutation CalendarAdminSetTimeZone($input: SetCalendarTimeZoneInput!) {
    setCalendarTimeZone(input: $input) {
      calendar { ...WorkingCalendarFields }
      errors { __typename code message field }
    }
  }
`)

export type WorkingCalendar = WorkingCalendarFieldsFragment
export type CalendarDay = WorkingCalendar['days'][number]
export type { CalendarDaySource }
