import { expect, test } from '@playwright/test'
import { demoUser, findDemoUser } from '../support/env'
import { companyRow, Portal, UnitSearch } from '../support/pages'

// Each role signs in through the real identity pages and lands in its portal.

test('a resident sees their units and household in the resident portal', async ({ page }) => {
  const resident = demoUser('lvcheng.resident')
  const portal = new Portal(page, 'resident')
  await portal.signIn(resident)

  await expect(page.getByRole('heading', { name: '我的房屋' })).toBeVisible()
  const units = page.getByTestId('my-unit')
  await expect(units.first()).toBeVisible()
  // Area with two decimals and thousands commas; phone numbers masked as the API returns them.
  await expect(units.first()).toContainText(/\d{1,3}(,\d{3})*\.\d{2} ㎡/)
  await expect(units.first()).toContainText(/\d{3}\*{4}\d{4}/)
  await expect(units.first()).toContainText('业主')

  await portal.openUserMenu()
  await expect(page.getByTestId('user-menu-details')).toContainText(resident.displayName)
  await expect(page.getByTestId('user-menu-details')).toContainText('住户')
})

for (const userName of ['lvcheng.frontdesk', 'lvcheng.engineer', 'lvcheng.manager']) {
  test(`${userName} searches units in the staff portal`, async ({ page }) => {
    const user = demoUser(userName)
    const portal = new Portal(page, 'staff')
    await portal.signIn(user)
    // Desk roles land on their service queue; the unit search is one menu entry away.
    await portal.open('units')

    const search = new UnitSearch(page)
    await expect(search.heading).toBeVisible()
    await expect(portal.currentCompany).toHaveText(user.memberships[0].tenantNameZh!)
    expect(await search.totalCount()).toBeGreaterThan(0)

    // Search by the first unit's number, then open its detail page.
    const number = (await search.rows.first().locator('td').first().textContent())!.trim()
    await search.search(number)
    await expect(search.rows.first()).toContainText(number)
    await search.rows.first().getByRole('link', { name: number }).click()
    await expect(page.getByText('业主、租户与家庭成员')).toBeVisible()
    await expect(page.getByRole('heading', { level: 4 })).toContainText(number)
  })
}

test('a company administrator sees the estates with unit counts and the staff list', async ({ page }) => {
  const admin = demoUser('lvcheng.admin')
  const portal = new Portal(page, 'admin')
  await portal.signIn(admin)

  await expect(page.getByRole('heading', { name: '项目' })).toBeVisible()
  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  await expect(rows.first()).toBeVisible()
  await expect(rows.first()).toContainText(/㎡/)

  await page.getByRole('menuitem', { name: '员工管理' }).click()
  await expect(page.getByRole('heading', { name: '员工管理' })).toBeVisible()
  await expect(rows.first()).toBeVisible()
})

test('the platform administrator sees every company with its provisioning status', async ({ page }) => {
  const platform = findDemoUser((u) => u.memberships.some((m) => m.roles.includes('platform_admin')), 'with platform_admin')
  const portal = new Portal(page, 'admin')
  await portal.signIn(platform)

  await expect(page.getByRole('heading', { name: '公司' })).toBeVisible()
  for (const slug of ['lvcheng', 'huarun', 'jinmao']) {
    await expect(await companyRow(page, slug)).toContainText('正常')
  }
})
