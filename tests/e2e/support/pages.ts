import { expect, type Locator, type Page, type Response } from '@playwright/test'
import { apiUrl, baseUrl, identityUrl, type DemoUser } from './env'
import { totp } from './totp'

/**
 * Every selector of the identity server's pages (identity/Features/SignIn/*.cshtml, Companies/Select.cshtml)
 * and of the portals lives here, so a changed label is fixed in one place. The browser runs in zh-CN.
 */
export class IdentityPages {
  constructor(private readonly page: Page) {}

  get userName(): Locator {
    return this.page.getByLabel('用户名')
  }
  get password(): Locator {
    return this.page.getByLabel('密码', { exact: true })
  }
  get totpCode(): Locator {
    return this.page.getByLabel('验证码')
  }
  get error(): Locator {
    return this.page.locator('#error')
  }
  submitButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }
  companyChoice(slug: string): Locator {
    // Radio buttons named "tenant" with the company slug as value; their label is the company name.
    return this.page.locator(`input[type="radio"][name="tenant"][value="${slug}"]`)
  }

  onLoginPage(): boolean {
    return this.page.url().startsWith(`${identityUrl}/SignIn/Login`)
  }

  /**
   * Posts a form. The identity server limits sign-in POSTs per IP (10 a minute by default); when the tests
   * hit that limit (HTTP 429) they wait for the next window and post again instead of failing.
   */
  async post(fill: () => Promise<void>, button: Locator): Promise<Response | null> {
    for (let attempt = 0; ; attempt++) {
      await fill()
      const responsePromise = this.page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().startsWith(identityUrl),
      )
      await button.click()
      const response = await responsePromise
      if (response.status() !== 429 || attempt >= 2) return response
      await this.page.waitForTimeout(61_000)
      await this.page.goBack()
    }
  }

  async submitLogin(userName: string, password: string): Promise<Response | null> {
    await expect(this.userName).toBeVisible()
    return this.post(async () => {
      await this.userName.fill(userName)
      await this.password.fill(password)
    }, this.submitButton('登录'))
  }

  async submitTotp(secret: string): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.post(() => this.totpCode.fill(totp(secret)), this.submitButton('继续'))
      await this.page.waitForLoadState()
      if (!this.page.url().startsWith(`${identityUrl}/SignIn/Totp`)) return
      // A code can be refused at the edge of its 30-second step; the next step's code is new.
      await this.page.waitForTimeout(31_000 - (Date.now() % 30_000))
    }
    throw new Error(`TOTP was refused: ${await this.error.textContent()}`)
  }

  /** Registration/Register.cshtml: a resident redeems an invitation code and chooses a user name and password. */
  async register(values: { code: string; userName: string; displayName: string; password: string }): Promise<void> {
    await this.page.getByRole('link', { name: '住户凭邀请码注册' }).click()
    await this.page.waitForURL((url) => url.href.startsWith(`${identityUrl}/Registration/Register`))
    const response = await this.post(async () => {
      await this.page.getByLabel('邀请码').fill(values.code)
      await this.userName.fill(values.userName)
      await this.page.getByLabel('姓名').fill(values.displayName)
      await this.password.fill(values.password)
      await this.page.getByLabel('确认新密码').fill(values.password)
    }, this.submitButton('注册'))
    await this.page.waitForLoadState()
    if (this.page.url().startsWith(`${identityUrl}/Registration/Register`)) {
      throw new Error(`registration refused (HTTP ${response?.status()}): ${await this.page.locator('.error').allTextContents()}`)
    }
  }

  /** SignIn/ChangePassword.cshtml: the forced new password after signing in with a temporary one. */
  async changePassword(newPassword: string): Promise<void> {
    await this.page.waitForURL((url) => url.href.startsWith(`${identityUrl}/SignIn/ChangePassword`))
    await this.post(async () => {
      await this.page.getByLabel('新密码', { exact: true }).fill(newPassword)
      await this.page.getByLabel('确认新密码').fill(newPassword)
    }, this.submitButton('继续'))
    await this.page.waitForLoadState()
    if (this.page.url().startsWith(`${identityUrl}/SignIn/ChangePassword`)) {
      throw new Error(`new password refused: ${await this.page.locator('.error').allTextContents()}`)
    }
  }

  async chooseCompany(slug: string): Promise<void> {
    await this.companyChoice(slug).check()
    await this.submitButton('继续').click()
  }
}

export class Portal {
  readonly identity: IdentityPages

  constructor(
    readonly page: Page,
    readonly portal: 'resident' | 'staff' | 'admin',
  ) {
    this.identity = new IdentityPages(page)
  }

  get signInButton(): Locator {
    return this.page.getByRole('button', { name: '登录' })
  }
  get userMenuButton(): Locator {
    return this.page.getByRole('button', { name: '用户菜单' })
  }
  get currentCompany(): Locator {
    return this.page.getByTestId('current-company')
  }
  get noAccess(): Locator {
    return this.page.getByText('无权访问', { exact: true })
  }

  async open(path = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/${this.portal}/${path}`)
  }

  /**
   * Signs in through the real identity pages: portal button → user name and password → TOTP for
   * administrators → company picker when the user has several companies (pick `company`).
   */
  async signIn(user: DemoUser, options: { company?: string } = {}): Promise<void> {
    await this.open()
    await this.signInButton.click()
    await this.page.waitForURL((url) => url.href.startsWith(identityUrl))
    await this.identity.submitLogin(user.userName, user.password)
    await this.finishSignIn(user, options)
  }

  /** After the password: TOTP and company picker as they come, until the browser is back in the portal. */
  async finishSignIn(user: DemoUser, options: { company?: string } = {}): Promise<void> {
    for (let step = 0; step < 5; step++) {
      await this.page.waitForURL((url) => !url.href.startsWith(`${identityUrl}/connect/`), { waitUntil: 'load' })
      const url = this.page.url()
      if (url.startsWith(baseUrl)) {
        // The callback page moves on to the portal, or shows "no access" when the identity server refused.
        await expect(async () => {
          const left = !new URL(this.page.url()).pathname.endsWith('/callback')
          expect(left || (await this.noAccess.isVisible())).toBe(true)
        }).toPass({ timeout: 60_000 })
        return
      }
      if (url.startsWith(`${identityUrl}/SignIn/Totp`)) {
        if (!user.totpSecret) throw new Error(`${user.userName} was asked for a TOTP code but has no secret`)
        await this.identity.submitTotp(user.totpSecret)
      } else if (url.startsWith(`${identityUrl}/Companies/Select`)) {
        if (!options.company) throw new Error(`${user.userName} was asked to pick a company; pass options.company`)
        await this.identity.chooseCompany(options.company)
      } else if (this.identity.onLoginPage()) {
        throw new Error(`sign-in of ${user.userName} stayed on the login page: ${await this.identity.error.textContent()}`)
      } else {
        throw new Error(`unexpected page during sign-in: ${url}`)
      }
    }
    throw new Error(`sign-in of ${user.userName} did not come back to the portal`)
  }

  /** Portal sign-in button → the identity server's login page, without signing in yet. */
  async openLoginPage(): Promise<void> {
    await this.open()
    await this.signInButton.click()
    await this.page.waitForURL((url) => url.href.startsWith(`${identityUrl}/SignIn/Login`))
  }

  async openUserMenu(): Promise<void> {
    await this.userMenuButton.click()
  }

  async signOut(): Promise<void> {
    const before = this.page.url()
    const item = this.page.getByRole('menuitem', { name: '退出登录' })
    // A click that lands while antd's menu is still animating in can do nothing (seen in CI): click again until the
    // page leaves for the identity server.
    // Signed out shows as a new address or as the portal's sign-in button (the portal may come back to the same
    // address); the portal may take a few seconds before it leaves (token revocation), so wait before clicking again.
    await expect(async () => {
      if (this.page.url() !== before || (await this.signInButton.isVisible())) return
      if (!(await item.isVisible())) await this.openUserMenu()
      await item.click({ timeout: 2_000 })
      await this.page.waitForURL((url) => url.href !== before, { timeout: 10_000 })
    }).toPass({ timeout: 60_000 })
  }

  async switchCompany(company: string): Promise<void> {
    await this.openUserMenu()
    await this.page.getByRole('menuitem', { name: '切换公司' }).click()
    await this.page.waitForURL((url) => url.href.startsWith(`${identityUrl}/Companies/Select`))
    await this.identity.chooseCompany(company)
    await this.page.waitForURL((url) => url.href.startsWith(baseUrl) && !url.pathname.endsWith('/callback'))
  }
}

/** The staff portal's unit search page. */
export class UnitSearch {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '房屋与住户查询' })
  }
  get count(): Locator {
    return this.page.getByTestId('unit-count')
  }
  get rows(): Locator {
    return this.page.locator('.ant-table-tbody tr.ant-table-row')
  }
  get searchBox(): Locator {
    return this.page.getByPlaceholder('房号 / 业主姓名 / 手机尾号 4 位')
  }

  async totalCount(): Promise<number> {
    await expect(this.count).toHaveText(/共 [\d,]+ 套/)
    return Number((await this.count.textContent())!.replace(/[^\d]/g, ''))
  }

  /** Estate names in the estate column of the loaded rows. */
  async estateColumn(): Promise<string[]> {
    await expect(this.rows.first()).toBeVisible()
    return this.rows.locator('td:nth-child(2)').allTextContents()
  }

  /** Options of the estate filter. */
  async estateOptions(): Promise<string[]> {
    await this.page.getByRole('combobox', { name: '项目' }).click()
    const options = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option')
    await expect(options.first()).toBeVisible()
    const names = await options.allTextContents()
    await this.page.keyboard.press('Escape')
    return names
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text)
    await this.searchBox.press('Enter')
  }
}

/** A user name, password and slug no earlier run against the same .data has used. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
}

/** Passes the identity server's password rules (length, upper, lower, digit, symbol). */
export function newPassword(): string {
  return `E2e!${uniqueSuffix()}Aa9`
}

/** A signed-up user that is not in the demo-users file (no TOTP, one company). */
export function newUser(userName: string, password: string, displayName = userName): DemoUser {
  return { userName, displayName, password, totpSecret: null, memberships: [] }
}

/** Rows of the antd table on the current page. */
export function tableRows(page: Page): Locator {
  return page.locator('.ant-table-tbody tr.ant-table-row')
}

/** Picks an option of an antd (multi-)select in a modal, found by its form label; returns the option's text. */
export async function pickOption(dialog: Locator, label: string, option: string | RegExp | null): Promise<string> {
  await dialog.getByRole('combobox', { name: label }).click()
  const options = dialog.page().locator('.ant-select-dropdown:visible .ant-select-item-option')
  const choice = option === null ? options.first() : options.filter({ hasText: option }).first()
  const text = (await choice.textContent())!.trim()
  await choice.click()
  // Close the dropdown by clicking the modal's title (Escape would close the modal too).
  await dialog.locator('.ant-modal-title').click()
  await expect(dialog.page().locator('.ant-select-dropdown:visible')).toHaveCount(0)
  return text
}

/**
 * The platform administrator's company list row of `slug`. The list is sorted by slug and pages by 50, and every
 * run of the create-company test adds one, so this presses "load more" until the row is there.
 */
export async function companyRow(page: Page, slug: string): Promise<Locator> {
  const row = tableRows(page).filter({ has: page.locator('code', { hasText: new RegExp(`^${slug}$`) }) })
  const loadMore = page.getByRole('button', { name: /^加载更多$|^加\s*载\s*更\s*多$/ })
  await expect(tableRows(page).first()).toBeVisible()
  await expect(async () => {
    if ((await row.count()) === 0 && (await loadMore.isVisible())) await loadMore.click()
    await expect(row).toHaveCount(1, { timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  return row
}

/**
 * The access token of the portal open in `page` (oidc-client-ts keeps the user in localStorage under
 * "oidc.user:<authority>:<client id>"). Only for preparing data a test is not about, through the API.
 */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!
      if (key.startsWith('oidc.user:')) return (JSON.parse(localStorage.getItem(key)!) as { access_token?: string }).access_token ?? null
    }
    return null
  })
  if (!token) throw new Error('no signed-in portal user in this page')
  return token
}

/** A GraphQL request with the token of the portal open in `page`; throws on GraphQL errors. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(`${apiUrl}/graphql`, {
    headers: { Authorization: `Bearer ${await accessToken(page)}`, 'Accept-Language': 'zh-CN' },
    data: { query, variables },
  })
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] }
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed (HTTP ${response.status()}): ${JSON.stringify(body.errors)}`)
  return body.data
}

/** antd puts a space between two Chinese characters of a button label ("保 存"). */
export function buttonName(label: string): RegExp {
  return new RegExp(`^${[...label].join('\\s*')}$`)
}

/** Admin portal: fee items and rates (收费项目), billing settings (收费设置). */
export class FeeAdmin {
  constructor(private readonly page: Page) {}

  get stripeAccount(): Locator {
    return this.page.getByLabel('Stripe 收款账户 ID')
  }

  /** Online payment needs the company's Stripe account; sets a test one when none is configured. */
  async ensureOnlinePayment(accountId = 'acct_e2edemo'): Promise<void> {
    await this.page.getByRole('menuitem', { name: '收费设置' }).click()
    await expect(this.page.getByRole('heading', { name: '收费设置' })).toBeVisible()
    await expect(this.stripeAccount).toBeVisible()
    if ((await this.stripeAccount.inputValue()).trim() !== '') return
    await this.stripeAccount.fill(accountId)
    await this.page.getByRole('button', { name: buttonName('保存') }).click()
    await expect(this.page.getByText('已保存')).toBeVisible()
  }

  async openFeeItems(estate: string): Promise<void> {
    await this.page.getByRole('menuitem', { name: '收费项目' }).click()
    await expect(this.page.getByRole('heading', { name: '收费项目与收费标准' })).toBeVisible()
    await this.page.getByRole('combobox', { name: '项目' }).click()
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: estate }).first().click()
  }

  feeItemRow(name: string): Locator {
    return tableRows(this.page).filter({ hasText: name })
  }

  async createFeeItem(name: string, kind: string): Promise<void> {
    await this.page.getByRole('button', { name: '新建收费项目' }).click()
    const dialog = this.page.getByRole('dialog', { name: '新建收费项目' })
    await dialog.getByLabel('名称').fill(name)
    await pickOption(dialog, '计费方式', kind)
    await dialog.getByRole('button', { name: buttonName('保存') }).click()
    await expect(dialog).toHaveCount(0)
    await expect(this.feeItemRow(name)).toBeVisible()
  }

  /** Adds a rate effective from `from` (yyyy-MM-dd) without an end date. */
  async addRate(name: string, amount: string, from: string): Promise<void> {
    await this.feeItemRow(name).getByRole('button', { name: '添加收费标准' }).click()
    const dialog = this.page.getByRole('dialog', { name: `为「${name}」添加收费标准` })
    await dialog.getByLabel(/单价/).fill(amount)
    const date = dialog.getByLabel('生效日期')
    await date.click()
    await date.fill(from)
    await date.press('Enter')
    await dialog.getByRole('button', { name: buttonName('保存') }).click()
    await expect(dialog).toHaveCount(0)
  }
}

/** Resident portal: the bills tab and the page the payment provider returns to. */
export class ResidentBills {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    // The tab's accessible name includes its icon's label ("account-book 账单").
    await this.page.getByRole('navigation').getByRole('button', { name: /账单$/ }).click()
    await expect(this.page.getByRole('heading', { name: '账单', exact: true })).toBeVisible()
  }

  async tab(name: '待缴' | '已缴账单' | '缴费记录'): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** The due bill whose lines mention `text` (e.g. a fee item's name). */
  dueBill(text: string): Locator {
    return this.page.getByTestId('due-bill').filter({ hasText: text })
  }

  unitCardOf(bill: Locator): Locator {
    return this.page.getByTestId('bills-unit').filter({ has: bill })
  }

  /** Ticks only the bill mentioning `text` in its unit's card; returns that card. */
  async selectOnly(text: string): Promise<Locator> {
    const bill = this.dueBill(text)
    await expect(bill).toHaveCount(1)
    const card = this.unitCardOf(bill)
    const boxes = card.getByTestId('due-bill')
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i).getByRole('checkbox')
      const wanted = (await boxes.nth(i).textContent())!.includes(text)
      if ((await box.isChecked()) !== wanted) await box.click()
    }
    return card
  }

  get receiptNumber(): Locator {
    return this.page.getByTestId('receipt-number')
  }

  payment(receiptNumber: string): Locator {
    return this.page.getByTestId('payment').filter({ hasText: receiptNumber })
  }
}

/** The development stand-in for Stripe Checkout (port 5095): one page per session with a pay button. */
export class FakeStripeCheckout {
  static readonly origin = (process.env.E2E_FAKE_STRIPE_URL ?? 'http://localhost:5095').replace(/\/$/, '')

  constructor(private readonly page: Page) {}

  get amount(): Locator {
    return this.page.getByTestId('amount')
  }

  async open(): Promise<void> {
    await this.page.waitForURL((url) => url.href.startsWith(`${FakeStripeCheckout.origin}/checkout/`))
  }

  async pay(): Promise<void> {
    await this.page.getByRole('button', { name: /pay|支付/i }).first().click()
  }
}

/** The staff portal's cashier (收银台): unit list, the unit's account and bills, the payment dialog. */
export class Cashier {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '收银台' })
  }
  get unitLinks(): Locator {
    return this.page.getByTestId('cashier-units').locator('tr.ant-table-row a')
  }
  get accountUnit(): Locator {
    return this.page.getByTestId('account-unit')
  }
  get billRows(): Locator {
    return this.page.getByTestId('account-bills').locator('tr.ant-table-row')
  }
  /** Bills with something left to pay (their status tag). */
  get openBillRows(): Locator {
    return this.billRows.filter({ hasText: /待缴|已逾期/ })
  }
  billRow(period: string): Locator {
    return this.billRows.filter({ has: this.page.locator('td', { hasText: new RegExp(`^${period}$`) }) })
  }
  get takePaymentButton(): Locator {
    // antd puts a space between two Chinese characters of a button.
    return this.page.getByTestId('unit-account').getByRole('button', { name: /^收\s*款$/ })
  }
  get paymentDialog(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: '收款 ·' })
  }
  get receiptNumber(): Locator {
    return this.page.getByTestId('receipt-number')
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '收银台' }).click()
    await expect(this.heading).toBeVisible()
  }

  /**
   * Opens the units of the list one by one until one has an open bill; returns that unit's label ("1栋 102").
   * Skips the demo resident's home (1栋 101), whose November bill other tests pay online.
   */
  async pickUnitWithOpenBill(skip: readonly string[] = ['1栋 101']): Promise<string> {
    await expect(this.unitLinks.first()).toBeVisible()
    const count = await this.unitLinks.count()
    for (let i = 0; i < count; i++) {
      const link = this.unitLinks.nth(i)
      const label = (await link.textContent())!.trim()
      if (skip.includes(label)) continue
      await link.click()
      await expect(this.accountUnit).toContainText(label)
      await expect(this.billRows.first().or(this.page.getByTestId('account-bills').getByText('暂无账单'))).toBeVisible()
      if ((await this.openBillRows.count()) > 0) return label
    }
    throw new Error(`none of the ${count} listed units has an open bill`)
  }
}

/** Money as the portals show it (`¥1,234.50`, `-¥3.00`) in fen, so sums compare exactly. */
export function fen(text: string): number {
  const match = /(-?)¥([\d,]+)\.(\d{2})/.exec(text)
  if (!match) throw new Error(`not a money amount: ${text}`)
  const value = Number(match[2].replace(/,/g, '')) * 100 + Number(match[3])
  return match[1] ? -value : value
}

/** `fen` back to the portals' text. */
export function yuan(amountFen: number): string {
  const abs = Math.abs(amountFen)
  const text = `¥${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`
  return amountFen < 0 ? `-${text}` : text
}

/** The last antd message toast with this text. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice').filter({ hasText: text })
}

/** The "are you sure" dialog antd opens with modal.confirm / modal.success. */
export function confirmDialog(page: Page): Locator {
  return page.locator('.ant-modal-confirm')
}

/** Those of `rows` with a cell reading exactly `text`. */
function rowsWithCell(page: Page, rows: Locator, text: string): Locator {
  return rows.filter({ has: page.locator('td', { hasText: new RegExp(`^${text}$`) }) })
}

/** Staff portal: monthly billing runs (月度出账). */
export class BillingRuns {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '月度出账' })
  }
  get periodInput(): Locator {
    return this.page.getByRole('textbox', { name: '账期' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '月度出账' }).click()
    await expect(this.heading).toBeVisible()
  }

  run(period: string): Locator {
    return rowsWithCell(this.page, tableRows(this.page), period)
  }

  /** The periods listed (each run is one row). */
  async periods(): Promise<string[]> {
    await expect(tableRows(this.page).first()).toBeVisible()
    return (await tableRows(this.page).locator('td:first-child').allTextContents()).map((p) => p.trim())
  }

  /** Picks the month and starts its run through the confirmation. */
  async start(period: string, estate: string): Promise<void> {
    await this.periodInput.click()
    await this.periodInput.fill(period)
    await this.periodInput.press('Enter')
    await expect(this.periodInput).toHaveValue(period)
    await this.page.getByRole('button', { name: '开始出账' }).click()
    const popconfirm = this.page.locator('.ant-popconfirm').filter({ hasText: `为「${estate}」生成 ${period} 的账单？` })
    await popconfirm.getByRole('button', { name: '开始出账' }).click()
  }
}

/** Staff portal: arrears list (欠费明细) and reminders. */
export class Arrears {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '欠费明细' })
  }
  get count(): Locator {
    return this.page.getByTestId('arrears-count')
  }
  get minDays(): Locator {
    return this.page.getByRole('spinbutton', { name: '逾期至少（天）' })
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: '房号 / 业主姓名' })
  }
  get rows(): Locator {
    return tableRows(this.page).filter({ has: this.page.locator('td a') })
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '欠费催缴' }).click()
    await expect(this.heading).toBeVisible()
  }

  async totalCount(): Promise<number> {
    await expect(this.count).toHaveText(/共 \d+ 户/)
    return Number((await this.count.textContent())!.replace(/[^\d]/g, ''))
  }

  /** The household row of "3栋 502". */
  row(unitLabel: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: unitLabel, exact: true }) })
  }

  /** The reminder history under an expanded household row. */
  async history(unitLabel: string): Promise<Locator> {
    const row = this.row(unitLabel)
    const history = row.locator('xpath=following-sibling::tr[1]').getByTestId('reminder-history')
    if (!(await history.isVisible())) await row.locator('.ant-table-row-expand-icon').click()
    await expect(history).toBeVisible()
    return history
  }
}

/** Staff portal: a household's ledger (分户账). */
export class Ledger {
  constructor(private readonly page: Page) {}

  card(title: string): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: new RegExp(`^${title}$`) }) })
  }
  statistic(title: '账户余额' | '应缴合计' | '预收余额'): Locator {
    return this.page.locator('.ant-statistic').filter({ has: this.page.locator('.ant-statistic-title', { hasText: title }) }).locator('.ant-statistic-content')
  }
  async amount(title: '账户余额' | '应缴合计' | '预收余额'): Promise<number> {
    await expect(this.statistic(title)).toHaveText(/¥/)
    return fen((await this.statistic(title).textContent())!)
  }
  bill(period: string): Locator {
    return rowsWithCell(this.page, this.card('账单').locator('tr.ant-table-row'), period)
  }
  entries(text: string): Locator {
    return this.card('账户流水').locator('tr.ant-table-row').filter({ hasText: text })
  }
  /** The payment whose current receipt is this number (voided numbers are listed after it in the same cell). */
  payment(receiptNumber: string): Locator {
    return this.card('收款记录').locator('tr.ant-table-row').filter({ has: this.page.locator('td', { hasText: new RegExp(`^${receiptNumber}`) }) })
  }
}
