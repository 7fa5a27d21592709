import { Flex, Typography } from 'antd'
import { formatMoney } from '@/shared/format/money'
import type { Bill } from './queries'

const quantityFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** A bill's lines: "物业服务费  89.5 × ¥2.50  ¥223.75". */
export function BillLines({ bill }: { bill: Bill }) {
  return (
    <Flex vertical gap={2}>
      {bill.lines.map((line) => (
        <Flex key={line.id} justify="space-between" gap={8} style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {line.description} · {quantityFormat.format(Number(line.quantity))} × {formatMoney(line.unitRate)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {formatMoney(line.amount)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  )
}
