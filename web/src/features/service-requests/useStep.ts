import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { GraphQLDocument } from '@/shared/api/graphql'
import { useGraphQLClient, type PayloadError } from '@/shared/api/hooks'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import type { ServiceRequest } from './queries'

type StepPayload = { serviceRequest?: ServiceRequest | null; errors: readonly PayloadError[] }

/**
 * Runs one step mutation on a request (`{ <field>: { serviceRequest, errors } }`), shows its typed errors, and refreshes
 * the lists and the request on success. Resolves to the updated request, or null when refused.
 */
export function useStep() {
  const request = useGraphQLClient()
  const queryClient = useQueryClient()
  const { messages, setMessages, run } = usePayloadSubmit()
  const step = useCallback(
    async <TData, TInput>(document: GraphQLDocument<TData, { input: TInput }>, input: TInput): Promise<ServiceRequest | null> => {
      const payload = await run(async () => Object.values((await request(document, { input })) as Record<string, StepPayload>)[0])
      if (!payload) return null
      await queryClient.invalidateQueries({ queryKey: ['serviceRequests'] })
      return payload.serviceRequest ?? null
    },
    [request, queryClient, run],
  )
  return { step, messages, setMessages }
}
