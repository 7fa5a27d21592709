import { describe, expect, it } from 'vitest'
import { channelLines, limitsInput } from './logic'

const defaults = {
  emergencyAcknowledgeMinutes: 10,
  emergencyOnSiteMinutes: 30,
  ordinaryAppointmentWorkingHours: 2,
  ordinaryOnSiteHours: 24,
  completionWorkingDays: 3,
}

describe('limitsInput', () => {
  it('sends values equal to the default (or empty) as null and keeps own values', () => {
    expect(limitsInput({ emergencyAcknowledgeMinutes: 10, emergencyOnSiteMinutes: 20, completionWorkingDays: null }, defaults)).toEqual({
      emergencyAcknowledgeMinutes: null,
      emergencyOnSiteMinutes: 20,
      ordinaryAppointmentWorkingHours: null,
      ordinaryOnSiteHours: null,
      completionWorkingDays: null,
    })
  })
})

describe('channelLines', () => {
  it('lists the published channels in order without empty ones', () => {
    expect(channelLines({ email: 'kf@example.com', phone: '0755-1234567', hours: ' ', fax: null })).toEqual([
      { field: 'phone', value: '0755-1234567' },
      { field: 'email', value: 'kf@example.com' },
    ])
    expect(channelLines(null)).toEqual([])
  })
})
