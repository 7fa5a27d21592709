import { KeyOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Flex, Modal, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { ISSUE_RESIDENT_INVITATION_MUTATION, type Invitation, type PersonSummary } from './queries'

/** Issues a registration code for one person of a unit and shows it once in a modal, to hand to the resident. */
export function InviteResidentButton({ unitId, person }: { unitId: string; person: PersonSummary }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const issue = useGraphQLMutation(ISSUE_RESIDENT_INVITATION_MUTATION)

  async function run() {
    setOpen(true)
    setInvitation(null)
    setErrors([])
    try {
      const data = await issue.mutateAsync({ unitId, personId: person.id })
      const payload = data.issueResidentInvitation
      if (payload.errors.length > 0 || !payload.invitation) {
        // The API localises its messages by the UI language (Accept-Language).
        setErrors(payload.errors.length > 0 ? payload.errors.map((e) => e.message) : [t('invitation.failed')])
      } else {
        setInvitation(payload.invitation)
      }
    } catch (error) {
      setErrors([errorMessage(error)])
    }
  }

  return (
    <>
      <Button size="small" icon={<KeyOutlined />} loading={issue.isPending} onClick={() => void run()}>
        {t('invitation.issue')}
      </Button>
      <Modal
        open={open}
        title={t('invitation.title', { name: person.name })}
        onCancel={() => setOpen(false)}
        footer={
          <Button type="primary" onClick={() => setOpen(false)}>
            {t('invitation.close')}
          </Button>
        }
        destroyOnHidden
      >
        {issue.isPending && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('invitation.failed')}
            description={errors.length === 1 ? errors[0] : <ul style={{ margin: 0, paddingInlineStart: 18 }}>{errors.map((m) => <li key={m}>{m}</li>)}</ul>}
          />
        )}
        {invitation && (
          <Flex vertical gap={12}>
            <Typography.Text
              code
              copyable={{ text: invitation.code, tooltips: [t('invitation.copy'), t('invitation.copied')] }}
              data-testid="invitation-code"
              style={{ fontSize: 22, letterSpacing: 2 }}
            >
              {invitation.code}
            </Typography.Text>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'unit', label: t('invitation.unit'), children: invitation.unitLabel },
                {
                  key: 'expires',
                  label: t('invitation.expiresAt'),
                  children: <span data-testid="invitation-expires">{dayjs(invitation.expiresAt).format('YYYY-MM-DD HH:mm')}</span>,
                },
              ]}
            />
            <Typography.Text type="secondary">{t('invitation.hint')}</Typography.Text>
          </Flex>
        )}
      </Modal>
    </>
  )
}
