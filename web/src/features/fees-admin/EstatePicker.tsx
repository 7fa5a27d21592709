import { Select } from 'antd'
import { useTranslation } from 'react-i18next'

/** The estate whose data the page shows. */
export function EstatePicker({ estates, value, onChange }: { estates: { id: string; name: string }[]; value?: string; onChange: (id: string) => void }) {
  const { t } = useTranslation()
  return (
    <Select
      style={{ width: 240 }}
      aria-label={t('feesAdmin.estate')}
      placeholder={t('feesAdmin.estate')}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={estates.map((e) => ({ value: e.id, label: e.name }))}
    />
  )
}
