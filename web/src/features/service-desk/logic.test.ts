import { describe, expect, it } from 'vitest'
import { actionsFor, dispatchTarget, endOfDay, filterVariables, groupByHandler, nextDeadline, slaColor, startOfDay, viewsFor, type ActionSubject } from './logic'

describe('SLA colours', () => {
  it('shows on time green, due soon orange and overdue red', () => {
    expect([slaColor('ON_TIME'), slaColor('DUE_SOON'), slaColor('OVERDUE')]).toEqual(['green', 'orange', 'red'])
    expect(slaColor(undefined)).toBe('default')
  })
})

describe('queue views per role', () => {
  it('opens each role on its own default queue', () => {
    expect(viewsFor(['cs_specialist'])[0]).toBe('toDispatch')
    expect(viewsFor(['cs_specialist'])).toContain('returnVisits')
    expect(viewsFor(['supervisor']).slice(0, 2)).toEqual(['overdue', 'difficult'])
    expect(viewsFor(['estate_manager'])[0]).toBe('all')
    expect(viewsFor(['front_desk'])[0]).toBe('toDispatch')
  })

  it('joins the queues of several roles without repeats, and gives an unknown role the open and all queues', () => {
    const views = viewsFor(['front_desk', 'supervisor'])
    expect(views[0]).toBe('toDispatch')
    expect(new Set(views).size).toBe(views.length)
    expect(views).toEqual(expect.arrayContaining(['difficult', 'overdue']))
    expect(viewsFor(['security'])).toEqual(['open', 'all'])
  })
})

describe('filter → variables', () => {
  it('sends the view conditions and leaves empty fields out', () => {
    expect(filterVariables('toDispatch', {})).toEqual({ unassigned: true })
    expect(filterVariables('all', { search: '  ', status: [] })).toEqual({})
    expect(filterVariables('overdue', {})).toEqual({ sla: 'OVERDUE', openOnly: true })
  })

  it('maps every bar field to the API filter, trimming the text and counting dates in the estate time (Asia/Shanghai)', () => {
    expect(
      filterVariables('returnVisits', {
        search: ' 漏水 ',
        type: 'REPAIR',
        status: ['COMPLETED', 'SIGNED_OFF'],
        urgency: 'EMERGENCY',
        channel: 'PHONE',
        assignee: 'staff-1',
        sla: 'DUE_SOON',
        receivedFrom: '2026-12-01',
        receivedTo: '2026-12-07',
      }),
    ).toEqual({
      awaitingReturnVisit: true,
      search: '漏水',
      type: 'REPAIR',
      status: ['COMPLETED', 'SIGNED_OFF'],
      urgency: 'EMERGENCY',
      channel: 'PHONE',
      assigneeStaffMemberId: 'staff-1',
      sla: 'DUE_SOON',
      receivedFrom: '2026-11-30T16:00:00.000Z',
      receivedTo: '2026-12-07T16:00:00.000Z',
    })
  })

  it('lets the bar override the view on a clash (an SLA chosen in the overdue queue)', () => {
    expect(filterVariables('overdue', { sla: 'DUE_SOON' })).toEqual({ sla: 'DUE_SOON', openOnly: true })
  })

  it('turns a day into the instants that bound it (the end is exclusive), across a month end', () => {
    expect(startOfDay('2026-12-31')).toBe('2026-12-30T16:00:00.000Z')
    expect(endOfDay('2026-12-31')).toBe('2026-12-31T16:00:00.000Z')
  })
})

describe('dispatch target', () => {
  it('sends exactly the id of the chosen kind of target', () => {
    expect(dispatchTarget({ target: 'person', staffMemberId: 's1', departmentId: 'd1' })).toEqual({ staffMemberId: 's1' })
    expect(dispatchTarget({ target: 'department', staffMemberId: 's1', departmentId: 'd1' })).toEqual({ departmentId: 'd1' })
  })
})

describe('actions the status allows', () => {
  const request = (over: Partial<ActionSubject>): ActionSubject => ({
    type: 'REPAIR', status: 'RECEIVED', assignedToMe: false, returnVisitSatisfied: null, deadlines: [{ metAt: null, voidedAt: null }], ...over,
  })

  it('lets the desk dispatch, answer on the spot or cancel a received request, and change its running deadline', () => {
    expect(actionsFor(request({}), ['cs_specialist'])).toEqual(['dispatch', 'complete', 'cancel', 'changeDeadline'])
  })

  it('gives the handler steps to the assigned handler or a supervisor only', () => {
    expect(actionsFor(request({ status: 'DISPATCHED' }), ['cs_specialist'])).toEqual(['reassign', 'cancel', 'changeDeadline'])
    expect(actionsFor(request({ status: 'DISPATCHED', assignedToMe: true }), ['engineer'])).toEqual(['accept', 'reject'])
    expect(actionsFor(request({ status: 'ACCEPTED' }), ['supervisor'])).toEqual(['reassign', 'start', 'cancel', 'changeDeadline'])
    expect(actionsFor(request({ status: 'IN_PROGRESS', assignedToMe: true }), ['engineer'])).toEqual(['complete'])
  })

  it('asks for the sign-off of a completed repair before its return visit, and closes only after a satisfied one', () => {
    expect(actionsFor(request({ status: 'COMPLETED' }), ['cs_specialist'])).toEqual(['signOff', 'reopen', 'changeDeadline'])
    expect(actionsFor(request({ status: 'SIGNED_OFF' }), ['cs_specialist'])).toEqual(['returnVisit', 'reopen', 'changeDeadline'])
    expect(actionsFor(request({ status: 'RETURN_VISITED', returnVisitSatisfied: true, deadlines: [] }), ['cs_specialist'])).toEqual(['close', 'reopen'])
    expect(actionsFor(request({ type: 'COMPLAINT', status: 'COMPLETED' }), ['cs_specialist'])).toEqual(['returnVisit', 'reopen', 'changeDeadline'])
    expect(actionsFor(request({ type: 'INQUIRY', status: 'COMPLETED', deadlines: [] }), ['front_desk'])).toEqual(['close', 'reopen'])
  })

  it('offers only reopening on a closed request and nothing on a cancelled one', () => {
    expect(actionsFor(request({ status: 'CLOSED', deadlines: [] }), ['estate_manager'])).toEqual(['reopen'])
    expect(actionsFor(request({ status: 'CANCELLED', deadlines: [] }), ['estate_manager'])).toEqual([])
  })
})

describe('deadlines and the stock-take', () => {
  it('picks the running limit due first', () => {
    const deadlines = [
      { kind: 'COMPLETION' as const, dueAt: '2026-12-16T09:30:00Z', state: 'ON_TIME' as const },
      { kind: 'APPOINTMENT' as const, dueAt: '2026-12-14T01:30:00Z', state: 'ON_TIME' as const, metAt: '2026-12-13T00:00:00Z' },
      { kind: 'ON_SITE' as const, dueAt: '2026-12-12T08:30:00Z', state: 'OVERDUE' as const },
    ]
    expect(nextDeadline(deadlines)?.kind).toBe('ON_SITE')
    expect(nextDeadline([])).toBeUndefined()
  })

  it('groups open requests per handler (person, else department, else nobody), oldest first, oldest group first', () => {
    const rows = [
      { id: 'c', receivedAt: '2026-12-03T00:00:00Z', assigneeName: '王工', assignedDepartmentName: '工程部' },
      { id: 'a', receivedAt: '2026-12-01T00:00:00Z', assigneeName: null, assignedDepartmentName: null },
      { id: 'd', receivedAt: '2026-12-04T00:00:00Z', assigneeName: null, assignedDepartmentName: '工程部' },
      { id: 'b', receivedAt: '2026-12-02T00:00:00Z', assigneeName: '王工', assignedDepartmentName: '工程部' },
    ]
    expect(groupByHandler(rows).map((g) => [g.handler, g.rows.map((r) => r.id)])).toEqual([
      [null, ['a']],
      ['王工', ['b', 'c']],
      ['工程部', ['d']],
    ])
  })
})
