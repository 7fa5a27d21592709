import { expect, test, type Page } from '@playwright/test'
import { demoUser } from '../support/env'
import { Arrears, confirmDialog, graphql, Portal, toast } from '../support/pages'

/**
 * A household of the estate that owes money overdue and has no reminder waiting (earlier runs of this test leave
 * one waiting until the next SMS window). Only picks the data; the test itself goes through the screens.
 */
async function householdToRemind(page: Page): Promise<string> {
  const { estates } = await graphql<{ estates: { nodes: { id: string }[] } }>(page, 'query { estates(first: 1) { nodes { id } } }')
  type Rows = { arrears: { nodes: { unit: { id: string; number: string; building: { name: string } } }[] } }
  const { arrears } = await graphql<Rows>(page, 'query($e: ID!) { arrears(estateId: $e, minDaysOverdue: 1, first: 100) { nodes { unit { id number building { name } } } } }', {
    e: estates.nodes[0].id,
  })
  for (const { unit } of arrears.nodes) {
    const { arrearsReminders } = await graphql<{ arrearsReminders: { status: string }[] }>(
      page,
      'query($u: ID!) { arrearsReminders(unitId: $u) { status } }',
      { u: unit.id },
    )
    if (!arrearsReminders.some((r) => r.status === 'SCHEDULED' || r.status === 'SENDING')) return `${unit.building.name} ${unit.number}`
  }
  throw new Error('every overdue household already has a reminder waiting')
}

/** SMS reminders may go out 14:30–20:00 Shanghai time (api ContactWindows): "now", or when the next window opens. */
function smsWindow(now = new Date()): { inside: boolean; next: string } {
  const shanghai = new Date(now.getTime() + 8 * 3600_000)
  const minutes = shanghai.getUTCHours() * 60 + shanghai.getUTCMinutes()
  const inside = minutes >= 14 * 60 + 30 && minutes < 20 * 60
  const day = new Date(shanghai.getTime() + (minutes >= 14 * 60 + 30 ? 86_400_000 : 0))
  return { inside, next: `${day.toISOString().slice(0, 10)} 14:30` }
}

// An estate manager narrows the arrears list by estate and age, then sends one household an SMS reminder: it is
// arranged at once, or for the next contact window, as the dialog says; the household's history shows it waiting,
// and sending again arranges no second one.
test('an estate manager filters arrears and sends a reminder inside the contact window', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.manager'))
  const arrears = new Arrears(page)
  await arrears.open()
  // The manager's estate is chosen; the demo households owing money are listed, most overdue first.
  await expect(page.getByText('桂花城', { exact: true })).toBeVisible()
  const all = await arrears.totalCount()
  expect(all).toBeGreaterThan(0)

  // Age filter: 60 days and more leaves the few households owing since September, all in the 60–89 day bucket or older.
  await arrears.minDays.fill('60')
  await expect(async () => expect(await arrears.totalCount()).toBeLessThan(all)).toPass()
  const old = await arrears.totalCount()
  expect(old).toBeGreaterThan(0)
  await expect(arrears.rows).toHaveCount(Math.min(old, 50))
  const days = (await arrears.rows.locator('td:nth-child(11)').allTextContents()).map(Number)
  expect(days.every((d) => d >= 60)).toBe(true)
  await expect(arrears.rows.first().locator('td:nth-child(7)')).not.toHaveText('¥0.00')
  await arrears.minDays.fill('')
  await expect(async () => expect(await arrears.totalCount()).toBe(all)).toPass()

  // One household: find it, look at its reminders, send one.
  const unit = await householdToRemind(page)
  await arrears.search.fill(unit.replace(' ', ''))
  await arrears.search.press('Enter')
  await expect(arrears.row(unit)).toHaveCount(1)
  const history = await arrears.history(unit)
  await expect(history.locator('tr.ant-table-row').filter({ hasText: '待发送' })).toHaveCount(0)

  await arrears.row(unit).getByRole('checkbox').check()
  const expected = smsWindow()
  await page.getByRole('button', { name: '发送催缴提醒（1）' }).click()
  await expect(confirmDialog(page)).toContainText('已安排 1 条催缴提醒')
  const after = smsWindow()
  if (expected.inside && after.inside) {
    await expect(confirmDialog(page)).toContainText('提醒将立即发送。')
  } else {
    const next = after.inside ? expected.next : after.next
    await expect(confirmDialog(page)).toContainText(`现在不在允许的提醒时段内，将于 ${next} 发送。`)
  }
  await confirmDialog(page).getByRole('button', { name: '知道了' }).click()
  await expect(confirmDialog(page)).toBeHidden()

  // The reminder is recorded: an SMS waiting for its time (sent by the half-hourly job, so still waiting now).
  const waiting = history.locator('tr.ant-table-row').filter({ hasText: '短信' }).filter({ hasText: '待发送' })
  await expect(waiting).toHaveCount(1)

  // Pressing send again reminds nobody twice.
  await arrears.row(unit).getByRole('checkbox').check()
  await page.getByRole('button', { name: '发送催缴提醒（1）' }).click()
  await expect(toast(page, '所选住户已有待发送的催缴提醒，未重复安排')).toBeVisible()
  await expect(waiting).toHaveCount(1)
})
