import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { ApiError } from '@/shared/api/graphql'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { can } from '@/shared/auth/capabilities'
import { useSession } from '@/shared/auth/session'
import { formatArea } from '@/shared/format/number'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { Household } from './Household'
import { InviteResidentButton } from './InviteResidentButton'
import { INVITATION_ISSUERS, UNIT_DETAIL_QUERY } from './queries'
import { StatusTag, UsageTag } from './UnitTags'

/** Staff: one unit with its owners (including former ones), tenancies and household members. */
export function UnitDetailPage() {
  const { t } = useTranslation()
  const { unitId = '' } = useParams()
  const { claims } = useSession()
  const canInvite = INVITATION_ISSUERS.some((role) => claims?.roles.includes(role))
  const query = useGraphQLQuery(['unit'], UNIT_DETAIL_QUERY, { id: unitId })

  const back = (
    <Link to="/units">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('unitDetail.back')}
      </Button>
    </Link>
  )

  if (query.isPending) return <PageLoading />
  if (query.isError) return <Flex vertical>{back}<ErrorState error={query.error} onRetry={() => void query.refetch()} /></Flex>
  const unit = query.data.unit
  if (!unit) {
    return (
      <Flex vertical>
        {back}
        <ErrorState error={new ApiError('NOT_FOUND', t('unitDetail.notFound'))} />
      </Flex>
    )
  }

  return (
    <Flex vertical gap={16}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {unit.estate.name} · {unit.building.name} · {unit.number}
        </Typography.Title>
        {/* The household's bills, payments and ledger: the ledger feature's page, for roles that may see bills. */}
        {can(claims?.roles, 'billing') && (
          <Link to={`/units/${unit.id}/ledger`}>
            <Button>{t('ledger.link')}</Button>
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'estate', label: t('unit.estate'), children: unit.estate.name },
            { key: 'building', label: t('unit.building'), children: unit.building.name },
            { key: 'number', label: t('unit.number'), children: unit.number },
            { key: 'floor', label: t('unit.floor'), children: unit.floor ?? '—' },
            { key: 'area', label: t('unit.buildingArea'), children: formatArea(unit.buildingArea) },
            { key: 'usage', label: t('unit.usageLabel'), children: <UsageTag usage={unit.usage} /> },
            { key: 'status', label: t('unit.statusLabel'), children: <StatusTag status={unit.status} /> },
          ]}
        />
      </Card>
      <Card size="small" title={t('unitDetail.household')}>
        <Household
          owners={unit.owners}
          tenancies={unit.tenancies}
          members={unit.members}
          showHistory
          personAction={canInvite ? (person) => <InviteResidentButton unitId={unit.id} person={person} /> : undefined}
        />
      </Card>
    </Flex>
  )
}
