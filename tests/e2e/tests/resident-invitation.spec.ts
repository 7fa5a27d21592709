import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { newPassword, newUser, Portal, UnitSearch, uniqueSuffix } from '../support/pages'

// Front desk issues an invitation code for an owner; the owner registers with it and sees their unit.
test('an owner invited by the front desk registers and sees exactly their unit', async ({ page, browser }) => {
  const frontDesk = new Portal(page, 'staff')
  await frontDesk.signIn(demoUser('lvcheng.frontdesk'))
  await frontDesk.open('units')
  const search = new UnitSearch(page)
  await expect(search.heading).toBeVisible()
  await expect(search.rows.first()).toBeVisible()

  // A unit with a current owner, other than 1栋 101 (the home of the demo resident login); a different one each run.
  const rows = await search.rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
  )
  const candidates = rows
    .map((cells, index) => ({ index, number: cells[0], estate: cells[1], building: cells[2], owners: cells[7] }))
    .filter((r) => r.owners && r.owners !== '—' && !(r.building === '1栋' && r.number === '101'))
  expect(candidates.length).toBeGreaterThan(0)
  const unit = candidates[Date.now() % candidates.length]
  await search.rows.nth(unit.index).getByRole('link', { name: unit.number, exact: true }).click()
  const title = `${unit.estate} · ${unit.building} · ${unit.number}`
  await expect(page.getByRole('heading', { level: 4 })).toHaveText(title)

  // The first button belongs to the first current owner (former owners have none).
  await page.getByRole('button', { name: '发放注册邀请码' }).first().click()
  const dialog = page.getByRole('dialog')
  const codeText = dialog.getByTestId('invitation-code')
  await expect(codeText).toHaveText(/[A-Z0-9]{5}-[A-Z0-9]{5}/)
  await expect(dialog.getByTestId('invitation-expires')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
  await expect(dialog).toContainText(unit.number)
  const code = (await codeText.textContent())!.match(/[A-Z0-9]{5}-[A-Z0-9]{5}/)![0]

  // The resident, in a browser of their own.
  const context = await browser.newContext()
  try {
    const residentPage = await context.newPage()
    const resident = new Portal(residentPage, 'resident')
    const user = newUser(`e2e.resident.${uniqueSuffix()}`, newPassword(), 'E2E 住户')
    await resident.openLoginPage()
    await resident.identity.register({ code, userName: user.userName, displayName: user.displayName, password: user.password })
    await resident.finishSignIn(user)

    await expect(residentPage.getByRole('heading', { name: '我的房屋' })).toBeVisible()
    const units = residentPage.getByTestId('my-unit')
    await expect(units).toHaveCount(1)
    await expect(units.first().locator('.ant-card-head-title')).toHaveText(title)
  } finally {
    await context.close()
  }
})
