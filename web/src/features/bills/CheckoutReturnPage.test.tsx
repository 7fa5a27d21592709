import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { App } from 'antd'
import { MemoryRouter } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import { CheckoutReturnPage } from './CheckoutReturnPage'
import type { OnlineCheckout } from './queries'

vi.setConfig({ testTimeout: 30_000 })

type Interval = (q: { state: { data?: { onlineCheckout: OnlineCheckout | null }; dataUpdatedAt: number } }) => number | false
let checkout: OnlineCheckout | null = null
let lastCall: { variables: unknown; options: { enabled?: boolean; refetchInterval?: Interval } } | undefined
vi.mock('@/shared/api/hooks', () => ({
  useGraphQLQuery: (_key: unknown, _query: string, variables: unknown, options: { enabled?: boolean; refetchInterval?: Interval }) => {
    lastCall = { variables, options }
    return { isPending: false, isError: false, isFetching: false, dataUpdatedAt: 1, data: { onlineCheckout: checkout }, refetch: vi.fn() }
  },
}))
vi.mock('react-oidc-context', () => ({ useAuth: () => ({ user: { access_token: 't' } }) }))

beforeEach(async () => {
  lastCall = undefined
  await i18n.changeLanguage('zh-CN')
})
afterEach(cleanup)

function show(url = '/bills/paid?checkout=c1') {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <MemoryRouter initialEntries={[url]}>
          <CheckoutReturnPage />
        </MemoryRouter>
      </App>
    </QueryClientProvider>,
  )
}

const interval = (status: OnlineCheckout['status'], dataUpdatedAt = Date.now()) =>
  lastCall!.options.refetchInterval!({ state: { data: { onlineCheckout: { id: 'c1', status, amount: 88, paymentId: null, payment: null } }, dataUpdatedAt } })

describe('CheckoutReturnPage', () => {
  it('shows the receipt number once the checkout is paid, and stops asking', () => {
    checkout = { id: 'c1', status: 'PAID', amount: 88, paymentId: 'p1', payment: { id: 'p1', receiptNumber: 'SJ00000042', amount: 88, receivedAt: '2026-11-28T10:00:00Z', receiptUrl: '/receipts/p1' } }
    show()
    expect(lastCall!.variables).toEqual({ id: 'c1' })
    expect(screen.getByText('支付成功')).toBeInTheDocument()
    expect(screen.getByTestId('receipt-number')).toHaveTextContent('SJ00000042')
    expect(screen.getByText('已支付 ¥88.00')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /下载收据/ })).toBeInTheDocument()
    expect(interval('PAID')).toBe(false)
  })

  it('keeps asking while the checkout is open, for a while', () => {
    checkout = { id: 'c1', status: 'OPEN', amount: 88, paymentId: null, payment: null }
    show()
    expect(screen.getByText('正在确认支付结果…')).toBeInTheDocument()
    expect(interval('OPEN')).toBeGreaterThan(0)
    expect(interval('OPEN', Date.now() + 10 * 60_000)).toBe(false)
  })

  it('says that nothing was charged when the payment failed or expired', () => {
    checkout = { id: 'c1', status: 'FAILED', amount: 88, paymentId: null, payment: null }
    show()
    expect(screen.getByText('支付未成功')).toBeInTheDocument()
    expect(screen.getByText(/没有扣款/)).toBeInTheDocument()
    expect(interval('FAILED')).toBe(false)
    cleanup()
    checkout = { ...checkout, status: 'EXPIRED' }
    show()
    expect(screen.getByText('支付已过期')).toBeInTheDocument()
  })

  it('does not ask without a checkout id', () => {
    show('/bills/paid')
    expect(lastCall!.options.enabled).toBe(false)
    expect(screen.getByText('缺少支付单号')).toBeInTheDocument()
  })
})
