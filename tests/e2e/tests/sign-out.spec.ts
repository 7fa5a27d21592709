import { expect, test } from '@playwright/test'
import { demoUser, identityUrl } from '../support/env'
import { Portal } from '../support/pages'

test('signing out ends the portal and the identity session', async ({ page }) => {
  const portal = new Portal(page, 'staff')
  await portal.signIn(demoUser('huarun.engineer'))
  // Engineers land on their jobs (issue 15).
  await expect(page.getByRole('heading', { name: '我的工单' })).toBeVisible()

  await portal.signOut()
  await page.waitForURL((url) => url.pathname === '/staff/' || url.pathname === '/staff')
  await expect(portal.signInButton).toBeVisible()

  // Signing in again asks for the password: the identity server's session is gone too.
  await portal.signInButton.click()
  await page.waitForURL((url) => url.href.startsWith(`${identityUrl}/SignIn/Login`))
  await expect(portal.identity.userName).toBeVisible()
})
