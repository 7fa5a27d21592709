import { expect, test } from '@playwright/test'
import { demoUser, identityUrl } from '../support/env'
import { newPassword, newUser, pickOption, Portal, tableRows, UnitSearch, uniqueSuffix } from '../support/pages'

// A company administrator invites a staff member; they sign in with the temporary password, must change it,
// and work in the staff portal; then the administrator changes their roles.
test('an invited staff member signs in with the temporary password and the admin changes their roles', async ({ page, browser }) => {
  const admin = new Portal(page, 'admin')
  await admin.signIn(demoUser('lvcheng.admin'))
  await page.getByRole('menuitem', { name: '员工管理' }).click()
  await expect(page.getByRole('heading', { name: '员工管理' })).toBeVisible()
  await expect(tableRows(page).first()).toBeVisible()

  const userName = `e2e.staff.${uniqueSuffix()}`
  await page.getByRole('button', { name: '邀请员工' }).click()
  const dialog = page.getByRole('dialog', { name: '邀请员工' })
  await dialog.getByLabel('用户名').fill(userName)
  await dialog.getByLabel('姓名').fill('E2E 前台')
  await pickOption(dialog, '角色', '前台接待')
  const estate = await pickOption(dialog, '负责项目', null) // the first estate
  await dialog.getByRole('button', { name: '发送邀请' }).click()

  // The temporary password is shown once.
  const shown = page.locator('.ant-modal-confirm')
  await expect(shown).toContainText('邀请已创建')
  await expect(shown).toContainText(userName)
  const temporaryPassword = (await shown.locator('code').textContent())!.trim()
  expect(temporaryPassword.length).toBeGreaterThan(7)
  await shown.getByRole('button').last().click()
  await expect(shown).toHaveCount(0)

  // The new staff member, in a browser of their own.
  const context = await browser.newContext()
  try {
    const staffPage = await context.newPage()
    const staff = new Portal(staffPage, 'staff')
    const user = newUser(userName, newPassword(), 'E2E 前台')
    await staff.openLoginPage()
    await staff.identity.submitLogin(userName, temporaryPassword)
    await staff.identity.changePassword(user.password)
    await staff.finishSignIn(user)
    // Staff land on their work queue (issue 15); the registry is one menu entry away.
    await staff.open('units')
    const search = new UnitSearch(staffPage)
    await expect(search.heading).toBeVisible()
    expect(await search.totalCount()).toBeGreaterThan(0)
    expect(new Set(await search.estateColumn())).toEqual(new Set([estate]))
  } finally {
    await context.close()
  }

  // The administrator changes the roles: front desk → supervisor.
  await page.getByPlaceholder('筛选姓名、用户名或邮箱').fill(userName)
  const row = tableRows(page).filter({ hasText: userName })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('前台接待')
  await row.getByRole('button', { name: '修改角色' }).click()
  const edit = page.getByRole('dialog', { name: /修改 .* 的角色与项目/ })
  await edit.locator('.ant-select-selection-item', { hasText: '前台接待' }).locator('.ant-select-selection-item-remove').click()
  await pickOption(edit, '角色', '主管')
  await edit.getByRole('button', { name: /^保\s*存$/ }).click()
  await expect(edit).toHaveCount(0)
  await expect(row).toContainText('主管')
  await expect(row).not.toContainText('前台接待')
  // Still so after reading the list again.
  await page.reload()
  await page.getByPlaceholder('筛选姓名、用户名或邮箱').fill(userName)
  await expect(tableRows(page).filter({ hasText: userName })).toContainText('主管')
  await expect(tableRows(page).filter({ hasText: userName })).not.toContainText('前台接待')
})

// An account of another company is invited by its user name: nothing about it changes and the company does not get
// it; the person signs in with their own password, accepts, and then picks the new company in the staff portal.
// (Runs once per seeding: starting the system again resets the demo accounts' memberships.)
test('an account of another company is invited, not taken over, and joins after accepting with its own password', async ({ page, browser }) => {
  const person = demoUser('jinmao.engineer')
  const admin = new Portal(page, 'admin')
  await admin.signIn(demoUser('lvcheng.admin'))
  await page.getByRole('menuitem', { name: '员工管理' }).click()
  await page.getByRole('button', { name: '邀请员工' }).click()
  const dialog = page.getByRole('dialog', { name: '邀请员工' })
  await dialog.getByLabel('用户名').fill(person.userName)
  await dialog.getByLabel('姓名').fill('E2E 外来工程师')
  await pickOption(dialog, '角色', '前台接待')
  await pickOption(dialog, '负责项目', null)
  await dialog.getByRole('button', { name: '发送邀请' }).click()

  const shown = page.locator('.ant-modal-confirm')
  await expect(shown).toContainText('已向现有账户发出邀请')
  await expect(shown.getByTestId('staff-invitation-code')).toHaveText(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
  const url = (await shown.getByTestId('staff-invitation-url').textContent())!.trim()
  expect(url).toContain('/Registration/Accept?code=')
  await shown.getByRole('button').last().click()
  // Not a member yet: the staff list does not show the account.
  await page.getByPlaceholder('筛选姓名、用户名或邮箱').fill(person.userName)
  await expect(tableRows(page).filter({ hasText: person.userName })).toHaveCount(0)

  const context = await browser.newContext()
  try {
    const personPage = await context.newPage()
    const staff = new Portal(personPage, 'staff')
    await personPage.goto(url)
    await staff.identity.submitLogin(person.userName, person.password)
    await personPage.waitForURL((u) => u.href.startsWith(`${identityUrl}/Registration/Accept`))
    await staff.identity.post(async () => {}, staff.identity.submitButton('接受邀请'))
    await expect(personPage.locator('#done')).toContainText('绿城')

    // The identity session is live: the portal goes straight to the company picker, which now offers lvcheng.
    await staff.open()
    await staff.signInButton.click()
    // finishSignIn reads the address: wait until the browser has left the portal for the identity server.
    await personPage.waitForURL((u) => u.href.startsWith(identityUrl))
    await staff.finishSignIn(person, { company: 'lvcheng' })
    await staff.open('units')
    await expect(new UnitSearch(personPage).heading).toBeVisible()
    await expect(staff.currentCompany).toContainText('绿城')
  } finally {
    await context.close()
  }

  // The company sees its membership, marked as an account it does not manage.
  await page.reload()
  await page.getByPlaceholder('筛选姓名、用户名或邮箱').fill(person.userName)
  const row = tableRows(page).filter({ hasText: person.userName })
  await expect(row).toContainText('E2E 外来工程师')
  await expect(row).toContainText('外部账户')
})
