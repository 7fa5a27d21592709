import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { EstatePicker } from '@/shared/estates/EstatePicker'
import { useEstateOptions } from '@/shared/estates/estates'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { AddFeeRateModal, CreateFeeItemModal } from './FeeItemForms'
import { rateOn, ratesNewestFirst } from './logic'
import { FEE_ITEMS_QUERY, type FeeItem, type FeeRate } from './queries'

/** Company admin: an estate's fee items (收费项目) with their dated rates (收费标准). */
export function FeeItemsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [picked, setPicked] = useState<string>()
  const [creating, setCreating] = useState(false)
  const [addingRateTo, setAddingRateTo] = useState<FeeItem | null>(null)

  const { query: estates, estates: estateList } = useEstateOptions()
  const estateId = picked ?? estateList[0]?.id
  const items = useGraphQLQuery(['feeItems', estateId], FEE_ITEMS_QUERY, { estateId: estateId ?? '' }, { enabled: Boolean(estateId) })
  const today = dayjs().format('YYYY-MM-DD')

  const rateText = (item: FeeItem, rate: FeeRate) => `${formatMoney(rate.amount)} ${t(`feesAdmin.rateUnit.${item.kind}`)}`

  const columns: ColumnsType<FeeItem> = [
    { title: t('feesAdmin.items.name'), dataIndex: 'name' },
    { title: t('feesAdmin.items.kind'), render: (_, item) => <Tag>{t(`feesAdmin.kind.${item.kind}`, item.kind)}</Tag> },
    {
      title: t('feesAdmin.items.appliesTo'),
      render: (_, item) =>
        item.appliesTo.length === 0
          ? t('feesAdmin.items.allUsages')
          : item.appliesTo.map((u) => t(`unit.usage.${u}`, u)).join(t('common.listSeparator')),
    },
    {
      title: t('feesAdmin.items.currentRate'),
      align: 'right',
      render: (_, item) => {
        const rate = rateOn(item.rates, today)
        return rate ? rateText(item, rate) : <Tag color="red">{t('feesAdmin.items.noRate')}</Tag>
      },
    },
    {
      title: t('common.actions'),
      render: (_, item) => (
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingRateTo(item)}>
          {t('feesAdmin.rates.add')}
        </Button>
      ),
    },
  ]

  const rateColumns = (item: FeeItem): ColumnsType<FeeRate> => [
    { title: t('feesAdmin.rates.amount'), align: 'right', render: (_, rate) => rateText(item, rate) },
    { title: t('feesAdmin.rates.effectiveFrom'), dataIndex: 'effectiveFrom' },
    { title: t('feesAdmin.rates.effectiveTo'), render: (_, rate) => rate.effectiveTo ?? t('feesAdmin.rates.openEnded') },
    {
      title: t('feesAdmin.rates.state'),
      render: (_, rate) =>
        rate.id === rateOn(item.rates, today)?.id ? (
          <Tag color="green">{t('feesAdmin.rates.inEffect')}</Tag>
        ) : rate.effectiveFrom > today ? (
          <Tag color="blue">{t('feesAdmin.rates.upcoming')}</Tag>
        ) : (
          <Tag>{t('feesAdmin.rates.past')}</Tag>
        ),
    },
  ]

  function saved(what: 'item' | 'rate') {
    setCreating(false)
    setAddingRateTo(null)
    void queryClient.invalidateQueries({ queryKey: ['feeItems'] })
    void message.success(t(what === 'item' ? 'feesAdmin.items.created' : 'feesAdmin.rates.added'))
  }

  const error = estates.error ?? items.error
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('feesAdmin.items.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <EstatePicker
            estates={estateList}
            label={t('feesAdmin.estate')}
            placeholder={t('feesAdmin.estate')}
            style={{ width: 240 }}
            searchable
            value={estateId}
            onChange={setPicked}
          />
          <Button type="primary" icon={<PlusOutlined />} disabled={!estateId} onClick={() => setCreating(true)}>
            {t('feesAdmin.items.create')}
          </Button>
        </Flex>
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => void (estates.isError ? estates.refetch() : items.refetch())} />
      ) : (
        <Card size="small">
          <Table<FeeItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items.data?.feeItems ?? []}
            loading={estates.isPending || (Boolean(estateId) && items.isPending)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowRender: (item) =>
                item.rates.length === 0 ? (
                  <EmptyState title={t('feesAdmin.items.noRate')} hint={t('feesAdmin.rates.emptyHint')} />
                ) : (
                  <Table<FeeRate> rowKey="id" size="small" columns={rateColumns(item)} dataSource={ratesNewestFirst(item.rates)} pagination={false} />
                ),
            }}
            locale={{ emptyText: <EmptyState title={t('feesAdmin.items.empty')} hint={t('feesAdmin.items.emptyHint')} /> }}
          />
        </Card>
      )}
      {estateId && (
        <CreateFeeItemModal key={`create-${String(creating)}`} estateId={estateId} open={creating} onClose={() => setCreating(false)} onSaved={() => saved('item')} />
      )}
      <AddFeeRateModal key={addingRateTo?.id ?? 'none'} item={addingRateTo} onClose={() => setAddingRateTo(null)} onSaved={() => saved('rate')} />
    </Flex>
  )
}
