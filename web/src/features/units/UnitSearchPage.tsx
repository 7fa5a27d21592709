import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { UNIT_STATUSES, UNIT_USAGES } from '@/shared/api/enums'
import { useGraphQLConnection } from '@/shared/api/hooks'
import { EstatePicker } from '@/shared/estates/EstatePicker'
import { useEstateOptions } from '@/shared/estates/estates'
import { formatArea } from '@/shared/format/number'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { UNIT_SEARCH_QUERY, type UnitRow, type UnitStatus, type UnitUsage } from './queries'
import { StatusTag, UsageTag } from './UnitTags'

const PAGE_SIZE = 20

interface Filter {
  search?: string
  estateId?: string
  status?: UnitStatus
  usage?: UnitUsage
}

/** Staff: find a unit by number, owner name or the last 4 digits of a phone; filter by estate, status and usage. */
export function UnitSearchPage() {
  const { t } = useTranslation()
  const [searchText, setSearchText] = useState('')
  const [filter, setFilter] = useState<Filter>({})

  const { query: estates, estates: estateList } = useEstateOptions()

  const cleanFilter = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''))
  const units = useGraphQLConnection(
    ['units'],
    UNIT_SEARCH_QUERY,
    { first: PAGE_SIZE, filter: cleanFilter },
    (data) => data.units,
  )

  const columns: ColumnsType<UnitRow> = [
    {
      title: t('unit.number'),
      dataIndex: 'number',
      render: (_, unit) => <Link to={`/units/${unit.id}`}>{unit.number}</Link>,
    },
    { title: t('unit.estate'), render: (_, unit) => unit.estate.name },
    { title: t('unit.building'), render: (_, unit) => unit.building.name },
    { title: t('unit.floor'), dataIndex: 'floor', align: 'right', responsive: ['md'] },
    { title: t('unit.buildingArea'), align: 'right', render: (_, unit) => formatArea(unit.buildingArea) },
    { title: t('unit.usageLabel'), render: (_, unit) => <UsageTag usage={unit.usage} />, responsive: ['lg'] },
    { title: t('unit.statusLabel'), render: (_, unit) => <StatusTag status={unit.status} /> },
    {
      title: t('unit.owners'),
      render: (_, unit) => {
        const current = unit.owners.filter((o) => o.current)
        return current.length === 0 ? '—' : current.map((o) => `${o.person.name}${o.person.phoneMasked ? ` (${o.person.phoneMasked})` : ''}`).join('、')
      },
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('unitSearch.title')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            style={{ width: 380, maxWidth: '100%' }}
            placeholder={t('unitSearch.placeholder')}
            aria-label={t('unitSearch.placeholder')}
            enterButton={t('common.search')}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value)
              if (e.target.value === '') setFilter((f) => ({ ...f, search: undefined }))
            }}
            onSearch={(value) => setFilter((f) => ({ ...f, search: value.trim() || undefined }))}
          />
          <EstatePicker
            estates={estateList}
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('unitSearch.allEstates')}
            label={t('unit.estate')}
            loading={estates.isPending}
            value={filter.estateId}
            onChange={(estateId?: string) => setFilter((f) => ({ ...f, estateId }))}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('unitSearch.allStatuses')}
            aria-label={t('unit.statusLabel')}
            value={filter.status}
            onChange={(status?: UnitStatus) => setFilter((f) => ({ ...f, status }))}
            options={UNIT_STATUSES.map((s) => ({ value: s, label: t(`unit.status.${s}`) }))}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('unitSearch.allUsages')}
            aria-label={t('unit.usageLabel')}
            value={filter.usage}
            onChange={(usage?: UnitUsage) => setFilter((f) => ({ ...f, usage }))}
            options={UNIT_USAGES.map((u) => ({ value: u, label: t(`unit.usage.${u}`) }))}
          />
        </Flex>
      </Card>
      {units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Card size="small">
          <Flex vertical gap={12}>
            <Typography.Text type="secondary" data-testid="unit-count">
              {units.totalCount !== undefined ? t('unitSearch.count', { count: units.totalCount }) : '\u00a0'}
            </Typography.Text>
            <Table<UnitRow>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={units.nodes}
              loading={units.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{
                emptyText: (
                  <EmptyState
                    title={Object.keys(cleanFilter).length > 0 ? t('unitSearch.noMatch') : t('unitSearch.empty')}
                    hint={Object.keys(cleanFilter).length > 0 ? t('unitSearch.noMatchHint') : undefined}
                  />
                ),
              }}
            />
            {units.hasNextPage && (
              <Flex justify="center">
                <Button loading={units.isFetchingNextPage} onClick={() => void units.fetchNextPage()}>
                  {t('common.loadMore')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Card>
      )}
    </Flex>
  )
}
