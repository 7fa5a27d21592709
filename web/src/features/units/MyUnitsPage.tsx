import { HomeOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatArea } from '@/shared/format/number'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { Household } from './Household'
import { MY_UNITS_QUERY } from './queries'
import { StatusTag, UsageTag } from './UnitTags'

/** Resident: "my units and household" — every unit the resident owns, rents or lives in. */
export function MyUnitsPage() {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['myUnits'], MY_UNITS_QUERY)

  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const units = query.data.myUnits

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('myUnits.title')}
      </Typography.Title>
      {units.length === 0 ? (
        <Card>
          <EmptyState title={t('myUnits.empty')} hint={t('myUnits.emptyHint')} />
        </Card>
      ) : (
        units.map((unit) => (
          <Card
            key={unit.id}
            data-testid="my-unit"
            title={
              <Flex gap={8} align="center" style={{ whiteSpace: 'normal' }}>
                <HomeOutlined />
                <span>
                  {unit.estate.name} · {unit.building.name} · {unit.number}
                </span>
              </Flex>
            }
            size="small"
          >
            <Flex vertical gap={12}>
              <Descriptions
                size="small"
                column={2}
                items={[
                  { key: 'area', label: t('unit.buildingArea'), children: formatArea(unit.buildingArea) },
                  { key: 'floor', label: t('unit.floor'), children: unit.floor ?? '—' },
                  { key: 'usage', label: t('unit.usageLabel'), children: <UsageTag usage={unit.usage} /> },
                  { key: 'status', label: t('unit.statusLabel'), children: <StatusTag status={unit.status} /> },
                ]}
              />
              <Household owners={unit.owners} tenancies={unit.tenancies} members={unit.members} />
            </Flex>
          </Card>
        ))
      )}
    </Flex>
  )
}
