import { expect, test, type Locator, type Page } from '@playwright/test'
import { demoUser } from '../support/env'
import { buttonName, Cashier, fen, Portal, tableRows, toast, yuan } from '../support/pages'

/**
 * Closes the open shift on the "我的班次" tab with `counted` cash; returns the result dialog. A difference needs a
 * reason: the form refuses to hand over without one, then `reason` is given.
 */
async function closeShift(page: Page, counted: (expectedFen: number) => number, reason?: string): Promise<Locator> {
  const shift = page.getByTestId('open-shift')
  await shift.getByRole('button', { name: buttonName('交班') }).click()
  const dialog = page.getByRole('dialog', { name: '交班：清点现金' })
  await expect(dialog).toContainText(/应有现金: -?¥[\d,.]+/)
  const expectedFen = fen((await dialog.getByText(/^应有现金: /).textContent())!)
  await dialog.getByLabel('清点现金').fill((counted(expectedFen) / 100).toFixed(2))
  await expect(dialog).toContainText(`差额: ${yuan(counted(expectedFen) - expectedFen)}`)
  if (counted(expectedFen) !== expectedFen) {
    await dialog.getByRole('button', { name: buttonName('交班') }).click()
    await expect(dialog).toContainText('请填写差额原因')
    await dialog.getByLabel('差额原因').fill(reason ?? '清点差额')
  } else {
    await expect(dialog.getByLabel('差额原因')).toHaveCount(0)
  }
  await dialog.getByRole('button', { name: buttonName('交班') }).click()
  const result = page.getByRole('dialog', { name: '已交班' })
  await expect(result).toBeVisible()
  return result
}

// A front-desk clerk opens a shift, takes a cash payment, and hands over with ¥10 less cash than expected: the
// difference is shown. The estate manager then reconciles the closed shift. Huarun's desk: the other browser tests
// take payments in Lvcheng.
test('a clerk runs a shift with a cash difference and the manager reconciles it', async ({ page, browser }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('huarun.frontdesk'))
  const cashier = new Cashier(page)
  await cashier.open()
  await page.getByRole('tab', { name: '我的班次' }).click()
  const none = page.getByText('当前没有进行中的班次')
  await expect(none.or(page.getByTestId('open-shift'))).toBeVisible()
  // A shift left open by an interrupted earlier run is handed over first.
  if (await page.getByTestId('open-shift').isVisible()) {
    const leftover = await closeShift(page, (expected) => expected)
    await leftover.getByRole('button', { name: buttonName('完成') }).click()
  }
  await expect(none).toBeVisible()
  await page.getByRole('button', { name: buttonName('开班') }).click()
  const shift = page.getByTestId('open-shift')
  await expect(shift).toContainText('本班次还没有收款')
  await expect(shift).toContainText('应有现金¥0.00')

  // One cash payment at the desk.
  await page.getByRole('tab', { name: '收款' }).click()
  await cashier.pickUnitWithOpenBill()
  await cashier.takePaymentButton.click()
  const amount = fen(`¥${await cashier.paymentDialog.getByLabel('收款金额').inputValue()}`)
  expect(amount).toBeGreaterThan(1000)
  // Asked only for cash of ¥100 or more (counterfeit-note check, billing.md §3.1).
  if (amount >= 10000) await cashier.paymentDialog.getByLabel('已验钞（50元以上面额已过验钞机）').check()
  await cashier.paymentDialog.getByRole('button', { name: '确认收款' }).click()
  await expect(cashier.receiptNumber).toHaveText(/^SJ\d{8}$/)
  const receipt = (await cashier.receiptNumber.textContent())!.trim()
  await cashier.paymentDialog.getByRole('button', { name: buttonName('完成') }).click()

  // The shift counts it: one cash payment, the receipt, the cash expected in the drawer.
  await page.getByRole('tab', { name: '我的班次' }).click()
  await expect(shift).toContainText(`应有现金${yuan(amount)}`)
  await expect(shift).toContainText(receipt)
  await expect(tableRows(page).filter({ hasText: '现金' }).filter({ hasText: yuan(amount) })).toContainText('1')

  // Hand-over with ¥10 short needs a reason: the difference and the reason are shown, and the shift is no longer open.
  const reason = `E2E 找零多给 ${Date.now().toString(36)}`
  const result = await closeShift(page, (expected) => expected - 1000, reason)
  await expect(result).toContainText(`应有现金${yuan(amount)}`)
  await expect(result).toContainText(`清点现金${yuan(amount - 1000)}`)
  await expect(result.getByTestId('shift-difference')).toHaveText('-¥10.00')
  await expect(result).toContainText(`差额原因${reason}`)
  await result.getByRole('button', { name: buttonName('完成') }).click()
  await expect(none).toBeVisible()

  // The estate manager reconciles it from the shift records.
  const context = await browser.newContext()
  try {
    const managerPage = await context.newPage()
    await new Portal(managerPage, 'staff').signIn(demoUser('huarun.manager'))
    await new Cashier(managerPage).open()
    await managerPage.getByRole('tab', { name: '班次记录' }).click()
    const row = tableRows(managerPage).filter({ hasText: receipt })
    await expect(row).toContainText('已交班')
    await expect(row).toContainText('-¥10.00')
    await expect(row).toContainText(reason)
    await row.getByRole('button', { name: buttonName('核对') }).click()
    const dialog = managerPage.getByRole('dialog', { name: /^核对 .+ 的班次$/ })
    await expect(dialog).toContainText(`应有现金 ${yuan(amount)}，清点现金 ${yuan(amount - 1000)}，差额 -¥10.00。`)
    await expect(dialog.getByTestId('shift-difference-reason')).toHaveText(`差额原因: ${reason}`)
    await dialog.getByLabel('备注').fill('E2E 短款已由收银员补齐')
    await dialog.getByRole('button', { name: buttonName('核对') }).click()
    await expect(toast(managerPage, '班次已核对')).toBeVisible()
    await expect(row).toHaveCount(0)
    await managerPage.getByRole('combobox', { name: '状态' }).click()
    await managerPage.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '已核对' }).click()
    await expect(row).toContainText('已核对')
  } finally {
    await context.close()
  }
})
