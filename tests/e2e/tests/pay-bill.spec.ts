import { expect, test } from '@playwright/test'
import { demoUser } from '../support/env'
import { FakeStripeCheckout, FeeAdmin, graphql, Portal, ResidentBills, uniqueSuffix } from '../support/pages'

// A company administrator sets up a one-off fee (admin portal) and bills the demo resident's home with it;
// the resident pays exactly that bill online (the fake Stripe checkout of infra/dev/start) and gets a receipt.
test('a resident pays an open bill online and gets a receipt number', async ({ page, browser }) => {
  const resident = new Portal(page, 'resident')
  await resident.signIn(demoUser('lvcheng.resident'))
  await expect(page.getByRole('heading', { name: '我的房屋' })).toBeVisible()
  const { myUnits } = await graphql<{ myUnits: { id: string; estate: { id: string; name: string } }[] }>(
    page,
    'query { myUnits { id estate { id name } } }',
  )
  const home = myUnits[0]
  const feeName = `E2E 服务费 ${uniqueSuffix()}`

  // The administrator, in a browser of their own: online payment on, a one-off fee item with a rate, one bill.
  const context = await browser.newContext()
  try {
    const adminPage = await context.newPage()
    const admin = new Portal(adminPage, 'admin')
    await admin.signIn(demoUser('lvcheng.admin'))
    const fees = new FeeAdmin(adminPage)
    await fees.ensureOnlinePayment()
    await fees.openFeeItems(home.estate.name)
    await fees.createFeeItem(feeName, '一次性收费')
    await fees.addRate(feeName, '88', '2020-01-01')
    await expect(fees.feeItemRow(feeName)).toContainText('¥88.00')

    // Billing a unit is front-desk work (staff portal); here it only prepares the bill, so it goes through the API.
    const { feeItems } = await graphql<{ feeItems: { id: string; name: string }[] }>(
      adminPage,
      'query($estateId: ID!) { feeItems(estateId: $estateId) { id name } }',
      { estateId: home.estate.id },
    )
    const feeItemId = feeItems.find((f) => f.name === feeName)!.id
    const { chargeOneOff } = await graphql<{ chargeOneOff: { bill: { id: string } | null; errors: { message: string }[] } }>(
      adminPage,
      'mutation($input: ChargeOneOffInput!) { chargeOneOff(input: $input) { bill { id } errors { message } } }',
      { input: { unitId: home.id, feeItemId, quantity: 1 } },
    )
    expect(chargeOneOff.errors).toEqual([])
  } finally {
    await context.close()
  }

  // The resident ticks only the new bill and pays it.
  const bills = new ResidentBills(page)
  await bills.open()
  const card = await bills.selectOnly(feeName)
  await expect(bills.dueBill(feeName).getByTestId('due-bill-open')).toHaveText('¥88.00')
  await expect(card.getByTestId('bills-total')).toHaveText('¥88.00')
  await card.getByRole('button', { name: '去支付' }).click()

  const checkout = new FakeStripeCheckout(page)
  await checkout.open()
  await expect(checkout.amount).toHaveText('¥88.00')
  await checkout.pay()

  // Back in the portal: the payment is confirmed by the webhook and has a receipt number.
  await page.waitForURL((url) => url.pathname === '/resident/bills/paid' && url.searchParams.has('checkout'), { timeout: 60_000 })
  await expect(page.getByText('支付成功')).toBeVisible({ timeout: 60_000 })
  await expect(bills.receiptNumber).toHaveText(/^SJ\d{8}$/)
  const receiptNumber = (await bills.receiptNumber.textContent())!.trim()
  await expect(page.getByText('已支付 ¥88.00')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载收据' }).click()
  expect((await download).suggestedFilename()).toBe(`${receiptNumber}.pdf`)

  // The bill is settled and the payment is in the history.
  await page.getByRole('button', { name: '返回账单' }).click()
  await expect(page.getByRole('heading', { name: '账单', exact: true })).toBeVisible()
  await expect(bills.dueBill(feeName)).toHaveCount(0)
  await bills.tab('已缴账单')
  await expect(page.getByTestId('settled-bill').filter({ hasText: feeName })).toHaveCount(1)
  await bills.tab('缴费记录')
  await expect(bills.payment(receiptNumber)).toContainText('¥88.00')
  await expect(bills.payment(receiptNumber)).toContainText('在线支付')
})
