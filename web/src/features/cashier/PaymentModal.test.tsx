import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import { PaymentModal } from './PaymentModal'

// antd forms are slow to render in jsdom on a busy machine.
configure({ asyncUtilTimeout: 15_000 })

const mutateAsync = vi.fn()
vi.mock('@/shared/api/hooks', () => ({
  useGraphQLMutation: () => ({ mutateAsync, isPending: false }),
}))
vi.mock('@/shared/api/files', () => ({ useOpenApiFile: () => vi.fn() }))

const request = { unitId: 'u1', unitLabel: '绿城花园 1栋 101', billIds: ['b1', 'b2'], amount: 356.7 }
const paid = {
  recordPayment: {
    payment: { id: 'p1', receiptNumber: 'SJ00000042', method: 'CASH', amount: '356.70', prepaid: '0.00', receiptUrl: '/receipts/p1', allocations: [] },
    errors: [],
  },
}

beforeEach(async () => {
  mutateAsync.mockReset()
  await i18n.changeLanguage('zh-CN')
})

afterEach(cleanup)

function renderModal() {
  return render(
    <App>
      <PaymentModal request={request} onClose={() => {}} onPaid={() => {}} />
    </App>,
  )
}

const NOTES_CHECKED = '已验钞（50元以上面额已过验钞机）'
const tickNotesChecked = async () => fireEvent.click(await screen.findByLabelText(NOTES_CHECKED))

describe('PaymentModal', { timeout: 60_000 }, () => {
  it('proposes the open total, shows the change for the cash tendered and books the ticked bills', async () => {
    mutateAsync.mockResolvedValue(paid)
    renderModal()
    expect(screen.getByLabelText('收款金额')).toHaveValue('356.70')
    fireEvent.change(screen.getByLabelText('实收现金'), { target: { value: '400' } })
    await waitFor(() => expect(screen.getByTestId('change-due')).toHaveTextContent('¥43.30'))
    await tickNotesChecked()

    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    expect(await screen.findByTestId('receipt-number')).toHaveTextContent('SJ00000042')
    expect(screen.getByText('请找零 ¥43.30')).toBeInTheDocument()
    const input = mutateAsync.mock.calls[0][0].input
    expect(input).toMatchObject({ unitId: 'u1', amount: 356.7, method: 'CASH', billIds: ['b1', 'b2'], tendered: 400, notesChecked: true })
    expect(input.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('books once when the button is pressed twice', async () => {
    let answer: (value: unknown) => void = () => {}
    mutateAsync.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    renderModal()
    await tickNotesChecked()
    const button = screen.getByRole('button', { name: '确认收款' })
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(mutateAsync).toHaveBeenCalled())
    answer(paid)
    expect(await screen.findByTestId('receipt-number')).toBeInTheDocument()
    expect(mutateAsync).toHaveBeenCalledTimes(1)
  })

  it('retries with the same idempotency key after a lost answer', async () => {
    mutateAsync.mockRejectedValueOnce(new Error('Failed to fetch')).mockResolvedValueOnce(paid)
    renderModal()
    await tickNotesChecked()
    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch')
    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    expect(await screen.findByTestId('receipt-number')).toBeInTheDocument()
    const [first, second] = mutateAsync.mock.calls.map((call) => call[0].input.idempotencyKey)
    expect(second).toBe(first)
  })

  it('refuses cash that is less than the amount', async () => {
    renderModal()
    fireEvent.change(screen.getByLabelText('实收现金'), { target: { value: '300' } })
    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    expect(await screen.findByText('实收现金少于收款金额')).toBeInTheDocument()
    expect(mutateAsync).not.toHaveBeenCalled()
  })

  it('asks for the counterfeit check on cash of ¥100 or more and books nothing until it is ticked', async () => {
    mutateAsync.mockResolvedValue(paid)
    renderModal()
    expect(await screen.findByLabelText(NOTES_CHECKED)).not.toBeChecked()
    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    expect(await screen.findByText('现金 100 元及以上，请先用验钞机检验 50 元以上面额并勾选')).toBeInTheDocument()
    expect(mutateAsync).not.toHaveBeenCalled()

    // Not for smaller cash, nor for card payments.
    fireEvent.change(screen.getByLabelText('收款金额'), { target: { value: '99.99' } })
    await waitFor(() => expect(screen.queryByLabelText(NOTES_CHECKED)).not.toBeInTheDocument())
    fireEvent.change(screen.getByLabelText('收款金额'), { target: { value: '356.70' } })
    fireEvent.click(await screen.findByText('刷卡'))
    await waitFor(() => expect(screen.queryByLabelText(NOTES_CHECKED)).not.toBeInTheDocument())
    fireEvent.click(screen.getByRole('button', { name: '确认收款' }))
    await waitFor(() => expect(mutateAsync).toHaveBeenCalledTimes(1))
    expect(mutateAsync.mock.calls[0][0].input).toMatchObject({ method: 'CARD', notesChecked: undefined })
  })
})
