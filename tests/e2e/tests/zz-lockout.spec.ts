import { expect, test } from '@playwright/test'
import { findDemoUser, identityUrl } from '../support/env'
import { Portal } from '../support/pages'

// Runs last (file name): it locks its dedicated demo user for 15 minutes; seeding again unlocks it.
test('repeated wrong passwords lock the account', async ({ page }) => {
  const user = findDemoUser((u) => u.userName.startsWith('lockout'), 'for the lockout test')
  const portal = new Portal(page, 'staff')
  await portal.open()
  await portal.signInButton.click()
  await page.waitForURL((url) => url.href.startsWith(`${identityUrl}/SignIn/Login`))

  const identity = portal.identity
  for (let attempt = 1; attempt <= 5; attempt++) {
    await identity.submitLogin(user.userName, `wrong-${attempt}`)
    await expect(identity.error).toBeVisible()
  }
  const answer = (await identity.error.textContent())!.trim()

  // Now even the right password is refused, and the browser stays on the identity server. The answer is the one an
  // unknown user name gets, so the page does not tell which accounts exist (the lockout is logged at the server).
  await identity.submitLogin(user.userName, user.password)
  await expect(identity.error).toHaveText(answer)
  expect(identity.onLoginPage()).toBe(true)
  await identity.submitLogin(`nobody.${Date.now()}`, user.password)
  await expect(identity.error).toHaveText(answer)
})
