import { expect, test } from '@playwright/test'
import { findDemoUser } from '../support/env'
import { buttonName, companyRow, Portal, tableRows } from '../support/pages'

// The platform administrator creates a company; the API provisions it synchronously.
test('the platform administrator creates a company and it is active', async ({ page }) => {
  const platform = findDemoUser((u) => u.memberships.some((m) => m.roles.includes('platform_admin')), 'with platform_admin')
  const portal = new Portal(page, 'admin')
  await portal.signIn(platform)
  await expect(page.getByRole('heading', { name: '公司' })).toBeVisible()
  await expect(tableRows(page).first()).toBeVisible()

  const slug = `e2e-${Date.now().toString(36)}`
  await page.getByRole('button', { name: '新建公司' }).click()
  const dialog = page.getByRole('dialog', { name: '新建公司' })
  await dialog.getByLabel('标识').fill(slug)
  await dialog.getByLabel('中文名称').fill(`测试物业 ${slug}`)
  await dialog.getByLabel('英文名称').fill(`E2E Property ${slug}`)
  await dialog.getByRole('button', { name: '新建公司' }).click()
  await expect(dialog).toHaveCount(0)

  const row = await companyRow(page, slug)
  await expect(row).toContainText('正常')
  await expect(row).toContainText(`测试物业 ${slug}`)
})

// A slug already in use is a conflict shown at the slug field; the existing company keeps its names.
test('creating a company with a slug in use shows the conflict at the slug and changes nothing', async ({ page }) => {
  const platform = findDemoUser((u) => u.memberships.some((m) => m.roles.includes('platform_admin')), 'with platform_admin')
  const portal = new Portal(page, 'admin')
  await portal.signIn(platform)
  const row = await companyRow(page, 'lvcheng')
  await expect(row).toContainText('绿城物业服务集团')

  await page.getByRole('button', { name: '新建公司' }).click()
  const dialog = page.getByRole('dialog', { name: '新建公司' })
  await dialog.getByLabel('标识').fill('lvcheng')
  await dialog.getByLabel('中文名称').fill('重复标识物业')
  await dialog.getByLabel('英文名称').fill('Duplicate Slug Property')
  await dialog.getByRole('button', { name: '新建公司' }).click()

  const slugItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('标识') })
  await expect(slugItem.locator('.ant-form-item-explain-error')).toContainText('公司标识“lvcheng”已被现有物业公司使用')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: buttonName('取消') }).click()
  await expect(dialog).toHaveCount(0)

  await page.reload()
  const after = await companyRow(page, 'lvcheng')
  await expect(after).toContainText('绿城物业服务集团')
  await expect(after).not.toContainText('重复标识物业')
})
