import { Form, Input, Modal, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation, type PayloadError } from '@/shared/api/hooks'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ASSIGNABLE_ROLES, INVITE_STAFF_MUTATION, SET_STAFF_ROLES_MUTATION, type CompanyUserRow, type StaffInvitation } from './queries'

interface Values {
  userName?: string
  displayName?: string
  email?: string
  roles: string[]
  estateIds: string[]
}

export interface SavedResult {
  userName?: string
  temporaryPassword?: string | null
  /** The user name belonged to an existing account: it was invited, not created. */
  invitation?: StaffInvitation | null
}

/** Invite a new staff member (no `member`), or change an existing account's roles and estates. */
export function StaffForm({
  member,
  estates,
  open,
  onClose,
  onSaved,
}: {
  member?: CompanyUserRow
  estates: { id: string; name: string }[]
  open: boolean
  onClose: () => void
  onSaved: (result: SavedResult) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const { run, messages } = usePayloadSubmit(form)
  const invite = useGraphQLMutation(INVITE_STAFF_MUTATION)
  const setRoles = useGraphQLMutation(SET_STAFF_ROLES_MUTATION)
  const editing = member !== undefined

  async function save(values: Values): Promise<{ errors: PayloadError[]; result: SavedResult }> {
    const estateIds = values.estateIds ?? []
    if (editing) {
      const data = await setRoles.mutateAsync({ input: { userId: member.userId, roles: values.roles, estateIds } })
      return { errors: data.setStaffRoles.errors, result: {} }
    }
    const email = values.email?.trim()
    const data = await invite.mutateAsync({
      input: {
        userName: (values.userName ?? '').trim(),
        displayName: (values.displayName ?? '').trim(),
        email: email ? email : undefined,
        roles: values.roles,
        estateIds,
      },
    })
    const invited = data.inviteStaff.invited
    return {
      errors: data.inviteStaff.errors,
      result: {
        userName: invited?.user?.userName ?? (values.userName ?? '').trim(),
        temporaryPassword: invited?.temporaryPassword,
        invitation: invited?.invitation,
      },
    }
  }

  // A failed request shows the API's (localised) message as it is, e.g. when the identity server cannot be reached.
  async function submit(values: Values) {
    const saved = await run(() => save(values))
    if (saved) onSaved(saved.result)
  }

  return (
    <Modal
      open={open}
      title={editing ? t('staff.editTitle', { name: member.displayName }) : t('staff.inviteTitle')}
      okText={editing ? t('common.save') : t('staff.sendInvite')}
      cancelText={t('common.cancel')}
      confirmLoading={invite.isPending || setRoles.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrors messages={messages} />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ roles: member?.roles ?? [], estateIds: member?.estateIds ?? [], userName: '', displayName: '', email: '' }}
        onFinish={(values) => void submit(values)}
      >
        {!editing && (
          <>
            <Form.Item
              name="userName"
              label={t('staff.userName')}
              extra={t('staff.userNameHint')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('staff.displayName')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="email" label={t('staff.emailOptional')} rules={[{ type: 'email', message: t('validation.email') }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Form.Item name="roles" label={t('staff.roles')} rules={[{ required: true, message: t('validation.pickRole') }]}>
          <Select mode="multiple" options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="estateIds" label={t('staff.estates')} extra={t('staff.estatesHint')}>
          <Select mode="multiple" options={estates.map((e) => ({ value: e.id, label: e.name }))} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
