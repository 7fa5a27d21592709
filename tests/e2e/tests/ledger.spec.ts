import { expect, test, type Page } from '@playwright/test'
import { demoUser } from '../support/env'
import { Cashier, confirmDialog, graphql, Ledger, Portal, toast, uniqueSuffix, yuan } from '../support/pages'

/**
 * A unit of the manager's estate with every bill paid (the demo pays November for about a fifth of them), other than
 * the demo resident's home. Only picks the data; the test itself goes through the screens.
 */
async function paidUpUnit(page: Page): Promise<{ id: string; label: string }> {
  type Units = { units: { nodes: { id: string; number: string; building: { name: string } }[] } }
  const { units } = await graphql<Units>(page, 'query { units(first: 60) { nodes { id number building { name } } } }')
  for (const unit of units.nodes) {
    const label = `${unit.building.name} ${unit.number}`
    if (label === '1栋 101') continue
    const { unitAccount } = await graphql<{ unitAccount: { due: number | string; bills: { paid: boolean; bill: { period: string } }[] } }>(
      page,
      'query($id: ID!) { unitAccount(unitId: $id) { due bills { paid bill { period } } } }',
      { id: unit.id },
    )
    if (Number(unitAccount.due) === 0 && unitAccount.bills.some((b) => b.bill.period === '2026-11')) return { id: unit.id, label }
  }
  throw new Error('no unit with every bill paid among the first 60')
}

// An estate manager works a household ledger: an adjustment with a reason raises what the household owes; the desk
// takes that plus ¥100 in cash (the rest goes to the prepaid balance); the manager refunds the ¥100 with a reason.
// The unit ends as it started: every bill paid, the same balance.
test('an estate manager adjusts a bill and refunds a cash payment in the household ledger', async ({ page }) => {
  const manager = demoUser('lvcheng.manager')
  const portal = new Portal(page, 'staff')
  await portal.signIn(manager)
  const unit = await paidUpUnit(page)
  const ledger = new Ledger(page)
  await portal.open(`units/${unit.id}/ledger`)
  await expect(page.getByRole('heading', { name: `分户账 · 桂花城 ${unit.label}` })).toBeVisible()
  const balance = await ledger.amount('账户余额')
  const prepaid = await ledger.amount('预收余额')
  await expect(ledger.bill('2026-11')).toContainText('已缴清')

  // Adjustment: +¥12.34 on November, with a reason; asked once more before it is booked.
  const adjustReason = `E2E 补收公共能耗分摊 ${uniqueSuffix()}`
  await ledger.bill('2026-11').getByRole('button', { name: /^调\s*整$/ }).click()
  const adjust = page.getByRole('dialog', { name: '调整 2026-11 账单' })
  await adjust.getByLabel('调整金额').fill('12.34')
  await adjust.getByLabel('原因').fill(adjustReason)
  await adjust.getByRole('button', { name: '确认调整' }).click()
  await expect(confirmDialog(page)).toContainText('确认将 2026-11 账单调整 ¥12.34？')
  await confirmDialog(page).getByRole('button', { name: '确认调整' }).click()
  await expect(toast(page, '已调整')).toBeVisible()
  await expect(ledger.statistic('账户余额')).toHaveText(yuan(balance + 1234))
  await expect(ledger.bill('2026-11')).toContainText('未缴清')
  const adjustment = ledger.entries(adjustReason)
  await expect(adjustment).toHaveCount(1)
  await expect(adjustment).toContainText('调整')
  await expect(adjustment).toContainText('¥12.34')
  await expect(adjustment).toContainText(manager.displayName)

  // The desk: the open ¥12.34 is ticked; the household pays ¥112.34 in cash, ¥100 of it to the prepaid balance.
  await page.getByRole('button', { name: '去收银台收款' }).click()
  const cashier = new Cashier(page)
  await expect(cashier.accountUnit).toContainText(unit.label)
  await expect(cashier.billRow('2026-11')).toContainText(/待缴|已逾期/)
  await cashier.takePaymentButton.click()
  const payment = cashier.paymentDialog
  await expect(payment.getByLabel('收款金额')).toHaveValue('12.34')
  await payment.getByLabel('收款金额').fill('112.34')
  // Cash of ¥100 or more: the notes went through the counterfeit detector (billing.md §3.1).
  await payment.getByLabel('已验钞（50元以上面额已过验钞机）').check()
  await payment.getByRole('button', { name: '确认收款' }).click()
  await expect(cashier.receiptNumber).toHaveText(/^SJ\d{8}$/)
  const receipt = (await cashier.receiptNumber.textContent())!.trim()
  await expect(payment).toContainText('其中 ¥100.00 计入预收余额')
  await payment.getByRole('button', { name: /^完\s*成$/ }).click()
  await page.getByRole('link', { name: '查看分户账' }).click()
  await expect(ledger.statistic('账户余额')).toHaveText(yuan(balance - 10000))
  await expect(ledger.statistic('预收余额')).toHaveText(yuan(prepaid + 10000))
  await expect(ledger.bill('2026-11')).toContainText('已缴清')
  await expect(ledger.payment(receipt)).toContainText('¥112.34')

  // Refund of the prepaid ¥100 against the receipt, with a reason; asked once more.
  const refundReason = `E2E 业主申请退还多缴款 ${uniqueSuffix()}`
  await ledger.payment(receipt).getByRole('button', { name: /^退\s*款$/ }).click()
  const refund = page.getByRole('dialog', { name: `退款 · 收据 ${receipt}` })
  await expect(refund.getByLabel('退款金额')).toHaveValue('112.34')
  await refund.getByLabel('退款金额').fill('100')
  await refund.getByLabel('原因').fill(refundReason)
  await refund.getByRole('button', { name: '确认退款' }).click()
  await expect(confirmDialog(page)).toContainText(`确认对收据 ${receipt} 退款 ¥100.00？`)
  await confirmDialog(page).getByRole('button', { name: '确认退款' }).click()
  await expect(toast(page, '已退款')).toBeVisible()
  await expect(ledger.statistic('账户余额')).toHaveText(yuan(balance))
  await expect(ledger.statistic('预收余额')).toHaveText(yuan(prepaid))
  await expect(ledger.payment(receipt)).toContainText('¥100.00')
  const refundEntry = ledger.entries(refundReason)
  await expect(refundEntry).toHaveCount(1)
  await expect(refundEntry).toContainText('退款')
  await expect(refundEntry).toContainText('¥100.00')
  await expect(refundEntry).toContainText(manager.displayName)
  await expect(ledger.bill('2026-11')).toContainText('已缴清')

  // The receipt named the payer wrongly: it is voided and the payment gets the next number; no money moves.
  await ledger.payment(receipt).getByRole('button', { name: '作废并补开收据' }).click()
  const reissue = page.getByRole('dialog', { name: `作废并补开收据 · ${receipt}` })
  await reissue.getByLabel('原因').fill('E2E 缴款人姓名写错')
  await reissue.getByRole('button', { name: '作废并补开' }).click()
  const reissued = toast(page, new RegExp(`收据 ${receipt} 已作废，已补开 SJ\\d{8}`))
  await expect(reissued).toBeVisible()
  const newReceipt = /已补开 (SJ\d{8})/.exec((await reissued.textContent())!)![1]
  expect(newReceipt).not.toBe(receipt)
  const row = ledger.payment(newReceipt)
  await expect(row).toContainText(`原收据 ${receipt} 已作废`)
  await expect(row).toContainText('¥112.34')
  await expect(ledger.statistic('账户余额')).toHaveText(yuan(balance))
})
