import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import type { Bill, UnitAccount, UnitRef } from './queries'
import { UnitDueBills } from './UnitDueBills'

// antd in jsdom is slow on a busy machine; the default 5 s is about speed, not behaviour.
vi.setConfig({ testTimeout: 30_000 })

const mutateAsync = vi.fn()
let account: UnitAccount | null = null
vi.mock('@/shared/api/hooks', () => ({
  useGraphQLQuery: () => ({ isPending: false, isError: false, data: { unitAccount: account } }),
  useGraphQLMutation: () => ({ mutateAsync, isPending: false }),
}))
const redirectTo = vi.fn()
vi.mock('./redirect', () => ({ redirectTo: (url: string) => redirectTo(url) }))

const unit: UnitRef = { id: 'u1', number: '101', building: { id: 'b1', name: '1栋' }, estate: { id: 'e1', name: '绿城花园' } }
const line = { id: 'l', description: '物业服务费', quantity: 89.5, unitRate: 2.5, amount: 223.75 }
const bills: Bill[] = [
  { id: 'b-oct', unitId: 'u1', unit, period: '2026-10', total: 223.75, dueDate: '2026-10-15', lines: [line] },
  { id: 'b-nov', unitId: 'u1', unit, period: '2026-11', total: 223.75, dueDate: '2026-11-15', lines: [line] },
]

beforeEach(async () => {
  mutateAsync.mockReset()
  redirectTo.mockReset()
  account = {
    unitId: 'u1',
    balance: 323.85,
    due: 323.85,
    prepaid: 0,
    bills: [
      { bill: { id: 'b-oct' }, open: 100.1, paid: false },
      { bill: { id: 'b-nov' }, open: 223.75, paid: false },
    ],
  }
  await i18n.changeLanguage('zh-CN')
})

afterEach(cleanup)

const show = () =>
  render(
    <App>
      <UnitDueBills unit={unit} bills={bills} />
    </App>,
  )

describe('UnitDueBills', () => {
  it('ticks every open bill and totals their open amounts', () => {
    show()
    expect(screen.getAllByTestId('due-bill')).toHaveLength(2)
    expect(screen.getByTestId('bills-total')).toHaveTextContent('¥323.85')
    expect(screen.getByText('部分缴纳', { exact: false })).toBeInTheDocument()
  })

  it('pays only the ticked bills and goes to the payment page', async () => {
    mutateAsync.mockResolvedValue({
      createCheckoutSession: { checkout: { id: 'c1', url: 'http://localhost:5095/checkout/cs_1', amount: 223.75, currency: 'CNY', status: 'OPEN' }, errors: [] },
    })
    show()
    fireEvent.click(within(screen.getAllByTestId('due-bill')[0]).getByRole('checkbox'))
    expect(screen.getByTestId('bills-total')).toHaveTextContent('¥223.75')

    fireEvent.click(screen.getByRole('button', { name: /去支付/ }))
    await vi.waitFor(() => expect(redirectTo).toHaveBeenCalledWith('http://localhost:5095/checkout/cs_1'))
    const { input } = mutateAsync.mock.calls[0][0] as { input: { unitId: string; billIds: string[]; idempotencyKey: string } }
    expect(input.unitId).toBe('u1')
    expect(input.billIds).toEqual(['b-nov'])
    expect(input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('shows the API’s error, stays, and uses a new idempotency key for the next attempt', async () => {
    mutateAsync.mockResolvedValue({
      createCheckoutSession: { checkout: null, errors: [{ __typename: 'OnlinePaymentOff', code: 'ONLINE_PAYMENT_OFF', field: null, message: '本公司尚未开通在线支付' }] },
    })
    show()
    fireEvent.click(screen.getByRole('button', { name: /去支付/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent('本公司尚未开通在线支付')
    expect(redirectTo).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: /去支付/ }))
    await vi.waitFor(() => expect(mutateAsync).toHaveBeenCalledTimes(2))
    const keys = mutateAsync.mock.calls.map((c) => (c[0] as { input: { idempotencyKey: string } }).input.idempotencyKey)
    expect(keys[0]).not.toBe(keys[1])
  })

  it('cannot pay nothing', () => {
    show()
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box)
    expect(screen.getByTestId('bills-total')).toHaveTextContent('¥0.00')
    expect(screen.getByRole('button', { name: /去支付/ })).toBeDisabled()
  })

  it('says so when nothing is open', () => {
    account = { ...account!, bills: account!.bills.map((b) => ({ ...b, open: 0, paid: true })) }
    show()
    expect(screen.getByText('没有待缴账单')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /去支付/ })).toBeNull()
  })
})
