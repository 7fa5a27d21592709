import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { Cashier, Portal } from '../support/pages'

// A front-desk clerk takes a cash payment for a unit's open bill at the cashier: the change is shown, a receipt
// number is issued, and the bill shows as paid.
test('a front-desk clerk takes a cash payment and the bill shows paid', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.frontdesk'))
  const cashier = new Cashier(page)
  await cashier.open()

  await cashier.pickUnitWithOpenBill()
  // Every open bill is ticked; the payment settles them all.
  const periods = (await cashier.openBillRows.locator('td').filter({ hasText: /^\d{4}-\d{2}$/ }).allTextContents()).map((p) => p.trim())
  expect(periods.length).toBeGreaterThan(0)
  await cashier.takePaymentButton.click()

  const dialog = cashier.paymentDialog
  await expect(dialog).toBeVisible()
  // The amount defaults to the open total of the ticked bills, with two decimals.
  const amountText = await dialog.getByLabel('收款金额').inputValue()
  expect(amountText).toMatch(/^[\d,]+\.\d{2}$/)
  const amount = Number(amountText.replace(/,/g, ''))
  expect(amount).toBeGreaterThan(0)
  const tendered = Math.ceil(amount / 100) * 100 + 100
  await dialog.getByLabel('实收现金').fill(String(tendered))
  const change = (Math.round(tendered * 100) - Math.round(amount * 100)) / 100
  await expect(dialog.getByTestId('change-due')).toHaveText(`¥${change.toFixed(2)}`)
  // Cash of ¥100 or more: the clerk confirms the notes went through the counterfeit detector (billing.md §3.1).
  await dialog.getByLabel('已验钞（50元以上面额已过验钞机）').check()
  await dialog.getByLabel('缴款人').fill('E2E 缴款人')
  await dialog.getByRole('button', { name: '确认收款' }).click()

  await expect(cashier.receiptNumber).toHaveText(/^SJ\d{8}$/)
  await expect(dialog.getByRole('button', { name: '打印收据' })).toBeVisible()
  await dialog.getByRole('button', { name: /^完\s*成$/ }).click()
  await expect(dialog).toHaveCount(0)

  // The account is read again: the bills just paid show as paid.
  for (const period of periods) await expect(cashier.billRow(period)).toContainText('已缴清')
  await expect(cashier.openBillRows).toHaveCount(0)
})
