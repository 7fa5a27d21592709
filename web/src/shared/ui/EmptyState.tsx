import { Empty } from 'antd'
import type { ReactNode } from 'react'

/** Empty list or page, with an optional hint and action. */
export function EmptyState({ title, hint, action }: { title: ReactNode; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div>{title}</div>
          {hint && <div style={{ fontSize: 12, opacity: 0.65, marginTop: 4 }}>{hint}</div>}
        </>
      }
    >
      {action}
    </Empty>
  )
}
