import { expect, test, type Browser } from '@playwright/test'
import { demoUser } from '../support/env'
import { Portal, UnitSearch } from '../support/pages'

/** Estate names company `admin` sees on the admin portal's estates page. */
async function estatesOf(browser: Browser, admin: string): Promise<string[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await new Portal(page, 'admin').signIn(demoUser(admin))
    const names = page.locator('.ant-table-tbody tr.ant-table-row td:first-child')
    await expect(names.first()).toBeVisible()
    return (await names.allTextContents()).map((n) => n.trim())
  } finally {
    await context.close()
  }
}

test("a user of one company never sees another company's estates", async ({ page, browser }) => {
  const otherCompanyEstates = await estatesOf(browser, 'huarun.admin')
  expect(otherCompanyEstates.length).toBeGreaterThan(0)

  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.frontdesk'))
  await portal.open('units')
  const search = new UnitSearch(page)
  expect(await search.totalCount()).toBeGreaterThan(0)

  const seen = [...(await search.estateColumn()), ...(await search.estateOptions())]
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.filter((name) => otherCompanyEstates.includes(name.trim()))).toEqual([])

  // Searching for another company's estate name finds nothing here.
  await search.search(otherCompanyEstates[0])
  await expect(page.getByText('没有符合条件的房屋')).toBeVisible()
})
