import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import type { PaymentRow } from './queries'
import { ReissueReceiptModal } from './ReissueReceiptModal'

// antd forms are slow to render in jsdom on a busy machine.
configure({ asyncUtilTimeout: 15_000 })

const mutateAsync = vi.fn()
vi.mock('@/shared/api/hooks', () => ({
  useGraphQLMutation: () => ({ mutateAsync, isPending: false }),
}))

const payment: PaymentRow = {
  id: 'p1', receiptNumber: 'SJ00000007', method: 'CASH', amount: '120.00', currency: 'CNY', receivedAt: '2026-11-28T02:00:00Z',
  receivedBy: 'u', payerName: '张三', prepaid: '0.00', refunded: '0.00', receiptUrl: '/receipts/p1', allocations: [], voidedReceipts: [],
}

beforeEach(async () => {
  mutateAsync.mockReset()
  await i18n.changeLanguage('zh-CN')
})
afterEach(cleanup)

function renderModal(onDone = () => {}) {
  return render(
    <App>
      <ReissueReceiptModal payment={payment} onClose={() => {}} onDone={onDone} />
    </App>,
  )
}

describe('ReissueReceiptModal', { timeout: 60_000 }, () => {
  it('refuses a blank reason without calling the API', async () => {
    renderModal()
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: '   ' } })
    fireEvent.click(screen.getByRole('button', { name: '作废并补开' }))
    expect(await screen.findByText('请填写原因')).toBeInTheDocument()
    expect(mutateAsync).not.toHaveBeenCalled()
  })

  it('sends the trimmed reason with one key, also when the first answer is lost and the clerk retries', async () => {
    const onDone = vi.fn()
    mutateAsync.mockRejectedValueOnce(new Error('网络错误')).mockResolvedValueOnce({
      reissueReceipt: { payment: { id: 'p1', receiptNumber: 'SJ00000011' }, errors: [] },
    })
    renderModal(onDone)
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: ' 缴款人姓名写错 ' } })
    fireEvent.click(screen.getByRole('button', { name: '作废并补开' }))
    expect(await screen.findByText('网络错误')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '作废并补开' }))
    await waitFor(() => expect(onDone).toHaveBeenCalled())

    expect(mutateAsync).toHaveBeenCalledTimes(2)
    const [first, second] = mutateAsync.mock.calls.map((c) => (c[0] as { input: { paymentId: string; reason: string; idempotencyKey: string } }).input)
    expect(first).toMatchObject({ paymentId: 'p1', reason: '缴款人姓名写错' })
    expect(second.idempotencyKey).toBe(first.idempotencyKey)
    expect(await screen.findByText('收据 SJ00000007 已作废，已补开 SJ00000011')).toBeInTheDocument()
  })
})
