import { expect, test, type Page } from '@playwright/test'
import { demoUser } from '../support/env'
import { buttonName, graphql, Portal, toast, uniqueSuffix } from '../support/pages'

type Payload = { errors: { message: string }[] }

/** A handler's step through the API (the engineer's phone pages are another part's). */
async function step(page: Page, mutation: string, input: Record<string, unknown>) {
  const data = await graphql<Record<string, Payload>>(page, `mutation($i: ${inputTypes[mutation]}!) { ${mutation}(input: $i) { errors { message } } }`, { i: input })
  expect(data[mutation].errors).toEqual([])
}
const inputTypes: Record<string, string> = {
  acceptServiceRequest: 'ServiceRequestStepInput',
  startServiceWork: 'ServiceRequestStepInput',
  completeServiceRequest: 'CompleteServiceRequestInput',
}

// Issue 15 §6 and its Playwright scenario, the CS specialist's part: a phone repair is recorded and dispatched to an
// engineer in one form, the engineer does the work (driven through the API here), and after completion the CS
// specialist records the customer's sign-off and the return visit, and closes the request.
test('a CS specialist records a phone repair, dispatches it to an engineer and visits back after completion', async ({ page, browser }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('lvcheng.cs'))
  // The CS specialist lands on the service queue, on the queue of what is to be dispatched.
  await expect(page).toHaveURL(/\/staff\/service-queue/)
  await expect(page.getByRole('tab', { name: '待派单', selected: true })).toBeVisible()

  // Quick intake: phone, repair (the defaults), the unit by its number, the owner as reporter, dispatched at once.
  await page.getByRole('menuitem', { name: '快速登记' }).click()
  await expect(page.getByRole('heading', { name: '快速登记' })).toBeVisible()
  const description = `厨房水管漏水 ${uniqueSuffix()}`
  await page.getByRole('combobox', { name: '房屋' }).fill('101')
  await page.locator('.ant-select-item-option').filter({ hasText: /^1栋 101/ }).first().click()
  await page.getByLabel('联系电话').fill('13800138000')
  await page.getByLabel('问题描述').fill(description)
  await page.getByLabel('登记后派单').check()
  await page.getByRole('combobox', { name: '员工' }).click()
  const engineerOption = page.locator('.ant-select-item-option').filter({ hasText: /工程/ }).first()
  const engineer = ((await engineerOption.textContent()) ?? '').replace(/（.*$/, '').trim()
  await engineerOption.click()
  await page.getByRole('button', { name: '登记并派单' }).click()
  // The page's confirmation (with its link), not the toast that says the same.
  const recorded = page.getByRole('alert').filter({ hasText: /已登记 BX-\d{6}-\d{4}/ }).filter({ has: page.getByRole('link', { name: '查看工单' }) })
  await expect(recorded).toBeVisible()
  const number = (await recorded.textContent())!.match(/BX-\d{6}-\d{4}/)![0]

  // In the queue (all requests): dispatched to the engineer, with its SLA colour.
  await recorded.getByRole('link', { name: '查看工单' }).click()
  const drawer = page.getByTestId('service-request-drawer')
  await expect(drawer).toContainText(number)
  await expect(drawer).toContainText('已派单')
  await expect(drawer).toContainText(engineer)
  await expect(drawer).toContainText(description)
  await expect(drawer.locator('[data-sla]').first()).toHaveAttribute('data-sla', /ON_TIME|DUE_SOON|OVERDUE/)
  const { estates } = await graphql<{ estates: { nodes: { id: string }[] } }>(page, 'query { estates(first: 1) { nodes { id } } }')
  const { serviceRequests } = await graphql<{ serviceRequests: { nodes: { id: string }[] } }>(
    page,
    'query($e: ID!, $s: String) { serviceRequests(estateId: $e, filter: { search: $s }) { nodes { id } } }',
    { e: estates.nodes[0].id, s: number },
  )
  const requestId = serviceRequests.nodes[0].id
  await page.keyboard.press('Escape')

  // The handler's part: accepted, started and completed (the estate manager acts for the handler through the API).
  const context = await browser.newContext()
  try {
    const managerPage = await context.newPage()
    await new Portal(managerPage, 'staff').signIn(demoUser('lvcheng.manager'))
    await step(managerPage, 'acceptServiceRequest', { requestId })
    await step(managerPage, 'startServiceWork', { requestId })
    await step(managerPage, 'completeServiceRequest', { requestId, notes: '更换角阀，试水正常' })
  } finally {
    await context.close()
  }

  // Return visits: the completed repair is listed with its deadline; the paper sign-off first, then the visit.
  await page.getByRole('menuitem', { name: '回访' }).click()
  const row = page.getByTestId('return-visits').locator('tr.ant-table-row').filter({ hasText: number })
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: '记录业主确认' }).click()
  let dialog = page.locator('.ant-modal')
  await dialog.getByLabel('签字业主姓名').fill('王业主')
  await dialog.getByRole('checkbox', { name: '业主已在派工单或工程师手机上签字确认' }).check()
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '记录业主确认' }).click()
  await expect(toast(page, '已记录业主确认')).toBeVisible()
  await row.getByRole('button', { name: buttonName('回访') }).click()
  dialog = page.locator('.ant-modal')
  await expect(dialog.getByRole('radio', { name: '已联系上' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: '满意', exact: true })).toBeChecked()
  await dialog.locator('.ant-rate-star').nth(4).click()
  await dialog.getByLabel('回访记录').fill('业主表示已不再漏水，满意')
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: buttonName('回访') }).click()
  await expect(toast(page, '已回访')).toBeVisible()
  await expect(row).toHaveCount(0)

  // The request closes after the satisfied visit; the timeline shows every step.
  await portal.open(`service-queue?view=all&request=${requestId}`)
  await expect(drawer).toContainText('已回访')
  await drawer.getByTestId('request-actions').getByRole('button', { name: buttonName('关闭') }).click()
  await page.locator('.ant-modal-footer').getByRole('button', { name: buttonName('关闭') }).click()
  await expect(drawer.getByText('已关闭').first()).toBeVisible()
  for (const step of ['受理', '派单', '接单', '开始处理', '完成', '业主确认', '回访', '关闭'])
    await expect(drawer.locator('.ant-timeline')).toContainText(step)
})
