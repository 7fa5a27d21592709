import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/shared/api/graphql'
import { usePayloadSubmit } from './usePayloadSubmit'

describe('usePayloadSubmit', () => {
  it('lists payload errors, returns null, and clears them on the next successful submit', async () => {
    const { result } = renderHook(() => usePayloadSubmit())
    let outcome: unknown
    await act(async () => {
      outcome = await result.current.run(async () => ({ errors: [{ __typename: 'RateOverlaps', code: 'CONFLICT', message: '该收费标准的有效期与已有标准重叠。', field: 'effectiveFrom' }] }))
    })
    expect(outcome).toBeNull()
    expect(result.current.messages).toEqual(['该收费标准的有效期与已有标准重叠。'])

    await act(async () => {
      outcome = await result.current.run(async () => ({ errors: [], feeItem: { id: 'f1' } }))
    })
    expect(outcome).toEqual({ errors: [], feeItem: { id: 'f1' } })
    expect(result.current.messages).toEqual([])
  })

  it('turns a failed request into its localised message instead of throwing', async () => {
    const { result } = renderHook(() => usePayloadSubmit())
    let outcome: unknown = 'unset'
    await act(async () => {
      outcome = await result.current.run(async () => {
        throw new ApiError('FORBIDDEN', '您无权执行此操作。', 403)
      })
    })
    expect(outcome).toBeNull()
    expect(result.current.messages).toEqual(['您无权执行此操作。'])
  })
})
