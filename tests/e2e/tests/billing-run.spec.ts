import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { BillingRuns, Portal, toast } from '../support/pages'

/** "2026-11" + 1 → "2026-12". */
function nextMonth(period: string): string {
  const [y, m] = period.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

// An estate manager issues the monthly bills of the month after the last billed one and watches the run to the end;
// starting the same month again bills nobody twice and says so. Jinmao's first estate: no other browser test uses it,
// and each run of this test bills one more future month there.
test('an estate manager runs the monthly billing once per period', async ({ page }) => {
  const estate = '金茂府'
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('jinmao.manager'))
  const runs = new BillingRuns(page)
  await runs.open()
  // The manager's one estate is chosen.
  await expect(page.getByText(estate, { exact: true })).toBeVisible()

  // The demo data billed September to November; later runs of this test billed the months after.
  const periods = await runs.periods()
  expect(periods).toContain('2026-11')
  const period = nextMonth(periods.reduce((a, b) => (a > b ? a : b)))
  await expect(runs.run(period)).toHaveCount(0)

  await runs.start(period, estate)
  await expect(toast(page, `${period} 出账已开始`)).toBeVisible()
  // The run appears at once and is polled until it completes: every unit processed, bills issued.
  const run = runs.run(period)
  await expect(run).toHaveCount(1)
  await expect(run).toContainText(/排队中|出账中|已完成/)
  await expect(run).toContainText('已完成', { timeout: 120_000 })
  const progress = (await run.getByText(/^已处理 \d+ \/ \d+ 户$/).textContent())!
  const [processed, total] = progress.match(/\d+/g)!.map(Number)
  expect(total).toBeGreaterThan(0)
  expect(processed).toBe(total)
  await expect(run.locator('.ant-progress-status-success')).toHaveCount(1)
  const billsCreated = Number((await run.locator('td').nth(3).textContent())!.trim())
  expect(billsCreated).toBeGreaterThan(0)
  expect(billsCreated).toBeLessThanOrEqual(total)

  // The same month again: the existing run is returned, nothing is billed twice.
  await runs.start(period, estate)
  await expect(toast(page, `${period} 已出过账（${billsCreated} 张账单），本次未重复生成账单`)).toBeVisible()
  await expect(runs.run(period)).toHaveCount(1)
  await expect(runs.run(period).locator('td').nth(3)).toHaveText(String(billsCreated))
  await expect(runs.run(period)).toContainText('已完成')
})
