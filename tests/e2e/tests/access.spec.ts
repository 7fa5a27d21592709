import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { Portal, UnitSearch } from '../support/pages'

test('a resident cannot open the staff portal', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.resident'))

  await expect(portal.noAccess).toBeVisible()
  await expect(page.getByText('物业员工工作台')).toBeVisible()
  await expect(page.getByRole('heading', { name: '房屋与住户查询' })).toHaveCount(0)
})

// Engineers may search the registry and nothing of billing (the API's BillingStaff): the menu offers only that, the unit
// page has no account button, and billing addresses lead back to their landing page instead of to 无权访问.
test('an engineer is offered only what engineers may use', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.engineer'))
  const units = new UnitSearch(page)
  // Engineers land on their jobs (issue 15); the registry is the only other entry.
  await expect(page.getByRole('heading', { name: '我的工单' })).toBeVisible()

  const entries = page.getByRole('menu', { name: '导航' }).getByRole('menuitem')
  await expect(entries).toHaveText(['我的工单', '房屋与住户'])
  for (const entry of await entries.all()) {
    await entry.click()
    await expect(portal.noAccess).toHaveCount(0)
  }
  await entries.last().click()
  await expect(units.heading).toBeVisible()

  await expect(units.rows.first()).toBeVisible()
  await units.rows.first().getByRole('link').first().click()
  await expect(page.getByRole('button', { name: /返回查询/ })).toBeVisible()
  await expect(page.getByRole('button', { name: '账户', exact: true })).toHaveCount(0)
  await expect(portal.noAccess).toHaveCount(0)
  const unitPath = new URL(page.url()).pathname.replace(/^\/staff\//, '')

  for (const path of ['cashier', 'billing-runs', 'arrears', `${unitPath}/ledger`]) {
    await portal.open(path)
    // Back to where an engineer lands (their jobs), not to 无权访问.
    await expect(page.getByRole('heading', { name: '我的工单' })).toBeVisible()
    await expect(page).toHaveURL(/\/staff\/jobs$/)
    await expect(portal.noAccess).toHaveCount(0)
  }
})
