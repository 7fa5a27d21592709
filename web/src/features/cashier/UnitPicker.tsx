import { Input, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { CASHIER_UNIT_SEARCH_QUERY, type UnitHit } from './queries'

/** Finds a unit of the estate by number, owner name or the last 4 phone digits (the staff unit search). */
export function UnitPicker({ estateId, selectedId, onPick }: { estateId: string; selectedId?: string; onPick: (unitId: string) => void }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState<string>()
  const units = useGraphQLQuery(
    ['cashierUnits'],
    CASHIER_UNIT_SEARCH_QUERY,
    { first: 20, filter: search ? { estateId, search } : { estateId } },
  )

  return (
    <>
      <Input.Search
        allowClear
        placeholder={t('cashier.unitSearch.placeholder')}
        aria-label={t('cashier.unitSearch.placeholder')}
        enterButton={t('common.search')}
        onSearch={(value) => setSearch(value.trim() || undefined)}
        style={{ marginBottom: 12 }}
      />
      {units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<UnitHit>
          rowKey="id"
          size="small"
          data-testid="cashier-units"
          loading={units.isPending}
          dataSource={units.data?.units.nodes ?? []}
          pagination={false}
          rowClassName={(u) => (u.id === selectedId ? 'ant-table-row-selected' : '')}
          onRow={(u) => ({ onClick: () => onPick(u.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('cashier.unitSearch.unit'),
              render: (_, u) => (
                <Typography.Link onClick={() => onPick(u.id)}>
                  {u.building.name} {u.number}
                </Typography.Link>
              ),
            },
            {
              title: t('cashier.unitSearch.owner'),
              render: (_, u) => u.owners.filter((o) => o.current).map((o) => o.person.name).join(t('common.listSeparator')) || '—',
            },
          ]}
          locale={{ emptyText: <EmptyState title={search ? t('common.noMatch') : t('cashier.unitSearch.empty')} /> }}
          footer={
            units.data && units.data.units.totalCount > units.data.units.nodes.length
              ? () => <Typography.Text type="secondary">{t('cashier.unitSearch.more', { count: units.data.units.totalCount })}</Typography.Text>
              : undefined
          }
        />
      )}
    </>
  )
}
