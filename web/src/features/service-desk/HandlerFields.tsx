import { Form, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandlerValues } from './logic'
import type { Department, Handler } from './queries'

/** Dispatch target: a staff member (by name and department) or a department, exactly one (§3.5). */
export function HandlerFields({ handlers, departments, loading, required = true }: { handlers: readonly Handler[]; departments: readonly Department[]; loading?: boolean; required?: boolean }) {
  const { t } = useTranslation()
  const target = Form.useWatch<HandlerValues['target']>('target')
  return (
    <>
      <Form.Item name="target" label={t('serviceDesk.form.target')}>
        <Radio.Group
          options={[
            { value: 'person', label: t('serviceDesk.form.toPerson') },
            { value: 'department', label: t('serviceDesk.form.toDepartment') },
          ]}
        />
      </Form.Item>
      {target === 'department' ? (
        <Form.Item name="departmentId" label={t('serviceDesk.form.department')} rules={[{ required, message: t('serviceDesk.form.pickDepartment') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            aria-label={t('serviceDesk.form.department')}
            placeholder={t('serviceDesk.form.pickDepartment')}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="staffMemberId" label={t('serviceDesk.form.person')} rules={[{ required, message: t('serviceDesk.form.pickPerson') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            aria-label={t('serviceDesk.form.person')}
            placeholder={t('serviceDesk.form.pickPerson')}
            options={handlers.map((h) => ({ value: h.id, label: `${h.name}（${h.department.name}）` }))}
          />
        </Form.Item>
      )}
    </>
  )
}
