import type { FormInstance } from 'antd'
import type { PayloadError } from '@/shared/api/hooks'

/** Puts typed mutation errors on their form fields; returns those that belong to no field. */
export function applyPayloadErrors(form: FormInstance, errors: readonly PayloadError[]): PayloadError[] {
  const fieldNames = new Set(Object.keys(form.getFieldsValue(true) as object))
  const unplaced: PayloadError[] = []
  const fields: { name: string; errors: string[] }[] = []
  for (const error of errors) {
    const field = error.field ? error.field.replace(/^input\./, '') : null
    if (field && fieldNames.has(field)) fields.push({ name: field, errors: [error.message] })
    else unplaced.push(error)
  }
  if (fields.length > 0) form.setFields(fields)
  return unplaced
}

