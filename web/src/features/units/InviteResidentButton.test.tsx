import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import { InviteResidentButton } from './InviteResidentButton'

vi.setConfig({ testTimeout: 30_000 })

const mutateAsync = vi.fn()
vi.mock('@/shared/api/hooks', () => ({
  useGraphQLMutation: () => ({ mutateAsync, isPending: false }),
}))

const person = { id: 'p1', name: '张三', phoneMasked: '138****0001', idNumberMasked: null }

beforeEach(async () => {
  mutateAsync.mockReset()
  await i18n.changeLanguage('zh-CN')
})

afterEach(cleanup)

describe('InviteResidentButton', () => {
  it('issues a code for the person and shows it with its expiry date', async () => {
    mutateAsync.mockResolvedValue({
      issueResidentInvitation: {
        invitation: { code: 'ABCDE-FGH23', unitLabel: '绿城花园 1栋 101', expiresAt: '2026-12-23T10:00:00+08:00' },
        errors: [],
      },
    })
    render(<InviteResidentButton unitId="u1" person={person} />)
    fireEvent.click(screen.getByRole('button', { name: /发放注册邀请码/ }))

    expect(await screen.findByTestId('invitation-code')).toHaveTextContent('ABCDE-FGH23')
    expect(mutateAsync).toHaveBeenCalledWith({ unitId: 'u1', personId: 'p1' })
    expect(screen.getByTestId('invitation-expires')).toHaveTextContent(/^2026-12-23 \d{2}:00$/)
    expect(screen.getByText('绿城花园 1栋 101')).toBeInTheDocument()
  })

  it('shows the API’s localised errors', async () => {
    mutateAsync.mockResolvedValue({
      issueResidentInvitation: { invitation: null, errors: [{ __typename: 'NotFound', code: 'NOT_FOUND', field: 'personId', message: '未找到该人员' }] },
    })
    render(<InviteResidentButton unitId="u1" person={person} />)
    fireEvent.click(screen.getByRole('button', { name: /发放注册邀请码/ }))

    expect(await screen.findByRole('alert')).toHaveTextContent('未能发放邀请码')
    expect(screen.getByRole('alert')).toHaveTextContent('未找到该人员')
    expect(screen.queryByTestId('invitation-code')).toBeNull()
  })

  it('labels the button in English too', async () => {
    await i18n.changeLanguage('en')
    render(<InviteResidentButton unitId="u1" person={person} />)
    expect(screen.getByRole('button', { name: /Issue invitation code/ })).toBeInTheDocument()
  })
})
