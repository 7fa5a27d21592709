import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { Portal } from '../support/pages'

test('a resident cannot open the staff portal', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.resident'))

  await expect(portal.noAccess).toBeVisible()
  await expect(page.getByText('物业员工工作台')).toBeVisible()
  await expect(page.getByRole('heading', { name: '房屋与住户查询' })).toHaveCount(0)
})
