import { Select } from 'antd'
import type { CSSProperties } from 'react'

/** The estate whose data a page shows (or filters by, with `allowClear`). */
export function EstatePicker({
  estates,
  value,
  onChange,
  label,
  placeholder,
  style = { minWidth: 200 },
  searchable,
  allowClear,
  loading,
}: {
  estates: readonly { id: string; name: string }[]
  value?: string
  onChange: (id: string) => void
  /** Accessible name (aria-label). */
  label: string
  placeholder?: string
  style?: CSSProperties
  /** Type to find an estate by name. */
  searchable?: boolean
  allowClear?: boolean
  loading?: boolean
}) {
  return (
    <Select
      style={style}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={onChange}
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      allowClear={allowClear}
      loading={loading}
      options={estates.map((e) => ({ value: e.id, label: e.name }))}
    />
  )
}
