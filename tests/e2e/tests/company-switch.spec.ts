import { expect, test } from '@playwright/test'
import { findDemoUser } from '../support/env'
import { Portal, UnitSearch } from '../support/pages'

test('a user with two companies picks one at sign-in and switches to the other', async ({ page }) => {
  const user = findDemoUser(
    (u) => u.memberships.filter((m) => m.tenant && m.roles.some((r) => r !== 'resident')).length >= 2,
    'with two companies',
  )
  const [first, second] = user.memberships
  const portal = new Portal(page, 'staff')
  await portal.signIn(user, { company: first.tenant! })
  // Staff land on their work queue (issue 15); the registry is one menu entry away.
  await portal.open('units')

  const search = new UnitSearch(page)
  await expect(search.heading).toBeVisible()
  await expect(portal.currentCompany).toHaveText(first.tenantNameZh!)
  const firstEstates = await search.estateOptions()

  await portal.switchCompany(second.tenant!)
  await expect(portal.currentCompany).toHaveText(second.tenantNameZh!)
  await portal.open('units')
  await expect(portal.currentCompany).toHaveText(second.tenantNameZh!)
  await expect(search.heading).toBeVisible()
  const secondEstates = await search.estateOptions()
  expect(secondEstates.length).toBeGreaterThan(0)
  expect(secondEstates.filter((name) => firstEstates.includes(name))).toEqual([])

  await portal.openUserMenu()
  await expect(page.getByTestId('user-menu-details')).toContainText(second.tenantNameZh!)
})
