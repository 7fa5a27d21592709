import { Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { SERVICE_DESK_KEY, SERVICE_UNIT_SEARCH_QUERY } from './queries'

export type UnitHit = { id: string; number: string; building: { name: string }; owners: { current: boolean; person: { id: string; name: string; phoneMasked: string } }[] }

/** The staff unit search as one keyboard-friendly select: type a unit number, owner name or the last 4 phone digits. */
export function UnitSelect({ estateId, value, onChange, onPick, id }: { estateId: string; value?: string; onChange?: (id?: string) => void; onPick?: (unit?: UnitHit) => void; id?: string }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const units = useGraphQLQuery([SERVICE_DESK_KEY, 'units'], SERVICE_UNIT_SEARCH_QUERY, { filter: search ? { estateId, search } : { estateId } })
  const hits = units.data?.units.nodes ?? []
  const owners = (u: UnitHit) => u.owners.filter((o) => o.current).map((o) => o.person.name).join(t('common.listSeparator'))
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (v: string) => setSearch(v.trim()) }}
      allowClear
      value={value}
      loading={units.isFetching}
      aria-label={t('serviceDesk.intake.unit')}
      placeholder={t('serviceDesk.intake.unitSearch')}
      onChange={(v?: string) => {
        onChange?.(v)
        onPick?.(hits.find((u) => u.id === v))
      }}
      options={hits.map((u) => ({ value: u.id, label: `${u.building.name} ${u.number}${owners(u) ? ` · ${owners(u)}` : ''}` }))}
    />
  )
}
