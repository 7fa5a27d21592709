import { Alert } from 'antd'

/** Mutation-level errors: the API's localised messages. */
export function PayloadErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={messages.length === 1 ? messages[0] : undefined}
      description={messages.length > 1 ? <ul style={{ margin: 0, paddingInlineStart: 18 }}>{messages.map((m) => <li key={m}>{m}</li>)}</ul> : undefined}
    />
  )
}
