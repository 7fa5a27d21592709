import { Flex, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { EmptyState } from '@/shared/ui/EmptyState'
import type { HouseholdMember, Ownership, PersonSummary, Tenancy } from './queries'

// The API stores the relation as the Chinese word the front desk recorded; known ones are translated.
const RELATIONS: Record<string, string> = {
  配偶: 'SPOUSE',
  子女: 'CHILD',
  父母: 'PARENT',
  兄弟姐妹: 'SIBLING',
  亲属: 'RELATIVE',
  其他: 'OTHER',
}

function relationLabel(relation: string, t: TFunction): string {
  const key = RELATIONS[relation] ?? relation.toUpperCase()
  return t(`relation.${key}`, relation)
}

function PersonLine({ person, extra }: { person: PersonSummary; extra?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={2} style={{ paddingBlock: 6 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{person.name}</Typography.Text>
        {extra}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('person.phone')}: {person.phoneMasked || '—'}
        {person.idNumberMasked ? ` · ${t('person.idNumber')}: ${person.idNumberMasked}` : ''}
      </Typography.Text>
    </Flex>
  )
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginBottom: 4 }}>
        {title} <Typography.Text type="secondary">({count})</Typography.Text>
      </Typography.Title>
      {children}
    </section>
  )
}

/** Owners, tenants and household members of a unit, with masked phone and ID numbers as the API returns them. */
export function Household({
  owners,
  tenancies,
  members,
  showHistory = false,
  personAction,
}: {
  owners: Ownership[]
  tenancies: Tenancy[]
  members: HouseholdMember[]
  showHistory?: boolean
  /** Shown next to each current owner, tenant and household member (e.g. the staff's "issue invitation code"). */
  personAction?: (person: PersonSummary) => ReactNode
}) {
  const { t } = useTranslation()
  const shownOwners = showHistory ? owners : owners.filter((o) => o.current)
  const shownTenancies = showHistory ? tenancies : tenancies.filter((x) => x.current)
  const shownMembers = showHistory ? members : members.filter((m) => !m.until)
  return (
    <Flex vertical gap={12}>
      <Section title={t('unit.owners')} count={shownOwners.length}>
        {shownOwners.length === 0 ? (
          <EmptyState title={t('unit.noOwners')} />
        ) : (
          shownOwners.map((o) => (
            <PersonLine
              key={o.id}
              person={o.person}
              extra={
                <>
                  {o.share != null && <Tag>{t('unit.share', { share: o.share })}</Tag>}
                  {!o.current && <Tag>{t('unit.former')}</Tag>}
                  {showHistory && (o.startDate || o.endDate) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {o.startDate ?? '…'} – {o.endDate ?? t('unit.present')}
                    </Typography.Text>
                  )}
                  {o.current && personAction?.(o.person)}
                </>
              }
            />
          ))
        )}
      </Section>
      <Section title={t('unit.tenants')} count={shownTenancies.length}>
        {shownTenancies.length === 0 ? (
          <EmptyState title={t('unit.noTenants')} />
        ) : (
          shownTenancies.map((x) => (
            <PersonLine
              key={x.id}
              person={x.person}
              extra={
                <>
                  {!x.current && <Tag>{t('unit.former')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('unit.lease')}: {x.leaseStart ?? '…'} – {x.leaseEnd ?? t('unit.present')}
                  </Typography.Text>
                  {x.current && personAction?.(x.person)}
                </>
              }
            />
          ))
        )}
      </Section>
      <Section title={t('unit.members')} count={shownMembers.length}>
        {shownMembers.length === 0 ? (
          <EmptyState title={t('unit.noMembers')} />
        ) : (
          shownMembers.map((m) => (
            <PersonLine
              key={m.id}
              person={m.person}
              extra={
                <>
                  {m.relation && <Tag color="cyan">{relationLabel(m.relation, t)}</Tag>}
                  {m.until && <Tag>{t('unit.former')}</Tag>}
                  {!m.until && personAction?.(m.person)}
                </>
              }
            />
          ))
        )}
      </Section>
    </Flex>
  )
}
