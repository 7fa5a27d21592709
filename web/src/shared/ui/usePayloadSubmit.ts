import type { FormInstance } from 'antd'
import { useCallback, useState } from 'react'
import { errorMessage } from '@/shared/api/graphql'
import type { PayloadError } from '@/shared/api/hooks'
import { applyPayloadErrors } from './formErrors'

/** What every mutation payload has: its typed errors (none when it succeeded). */
export interface Payload {
  errors: readonly PayloadError[]
}

/**
 * The one submit path of a mutation form: clears the previous messages, runs the mutation, puts typed payload errors
 * on their form fields and lists the others, and turns a failed request into its localised message. Resolves to the
 * payload when it has no errors, else to null (the messages say why).
 */
export function usePayloadSubmit(form?: FormInstance) {
  const [messages, setMessages] = useState<string[]>([])
  const run = useCallback(
    async <P extends Payload>(call: () => Promise<P>): Promise<P | null> => {
      setMessages([])
      try {
        const payload = await call()
        if (payload.errors.length === 0) return payload
        setMessages((form ? applyPayloadErrors(form, payload.errors) : payload.errors).map((e) => e.message))
      } catch (error) {
        setMessages([errorMessage(error)])
      }
      return null
    },
    [form],
  )
  return { messages, setMessages, run }
}
