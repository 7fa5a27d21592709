import { EditOutlined, UserAddOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { useEstateOptions } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { COMPANY_USERS_QUERY, type CompanyUserRow } from './queries'
import { StaffForm, type SavedResult } from './StaffForm'

/** Company admin: the company's sign-in accounts with roles and estate scope; invite staff, change roles. */
export function StaffPage() {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [filter, setFilter] = useState('')
  const [editing, setEditing] = useState<CompanyUserRow | 'new' | null>(null)

  const { estates: estateList } = useEstateOptions()
  const estateName = new Map(estateList.map((e) => [e.id, e.name]))

  const users = useGraphQLQuery(['companyUsers'], COMPANY_USERS_QUERY)
  const needle = filter.trim().toLowerCase()
  const rows = (users.data?.companyUsers ?? []).filter(
    (u) =>
      needle === '' ||
      u.displayName.toLowerCase().includes(needle) ||
      u.userName.toLowerCase().includes(needle) ||
      (u.email ?? '').toLowerCase().includes(needle),
  )

  const columns: ColumnsType<CompanyUserRow> = [
    { title: t('staff.displayName'), dataIndex: 'displayName' },
    { title: t('staff.userName'), dataIndex: 'userName' },
    { title: t('staff.email'), dataIndex: 'email', render: (v?: string) => v || '—', responsive: ['lg'] },
    {
      title: t('staff.roles'),
      render: (_, u) => (
        <Flex wrap gap={4}>
          {u.roles.map((r) => (
            <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
              {t(`roles.${r}`, r)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('staff.estates'),
      render: (_, u) =>
        u.estateIds.length === 0 ? (
          <Typography.Text type="secondary">{t('staff.allEstates')}</Typography.Text>
        ) : (
          u.estateIds.map((id) => estateName.get(id) ?? id).join(t('common.listSeparator'))
        ),
    },
    {
      title: t('staff.status'),
      render: (_, u) => (
        <Flex wrap gap={4}>
          {!u.accountManaged && (
            <Tooltip title={t('staff.externalAccountHint')}>
              <Tag>{t('staff.externalAccount')}</Tag>
            </Tooltip>
          )}
          {u.disabled && <Tag color="red">{t('staff.disabled')}</Tag>}
          {u.lockedOut && <Tag color="red">{t('staff.lockedOut')}</Tag>}
          {u.mustChangePassword && <Tag color="orange">{t('staff.mustChangePassword')}</Tag>}
          {u.twoFactorEnabled && <Tag color="green">{t('staff.twoFactor')}</Tag>}
        </Flex>
      ),
      responsive: ['md'],
    },
    {
      title: t('common.actions'),
      render: (_, u) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>
          {t('staff.changeRoles')}
        </Button>
      ),
    },
  ]

  function saved(result: SavedResult) {
    const invited = editing === 'new'
    setEditing(null)
    void queryClient.invalidateQueries({ queryKey: ['companyUsers'] })
    if (invited && result.invitation) {
      // An existing account: nothing was changed; the person accepts after signing in with their own password.
      modal.success({
        title: t('staff.pendingTitle'),
        content: (
          <Flex vertical gap={4}>
            <span>{t('staff.userName')}: <Typography.Text>{result.userName}</Typography.Text></span>
            <span>
              {t('staff.invitationCode')}:{' '}
              <Typography.Text code copyable={{ text: result.invitation.code }}>
                <span data-testid="staff-invitation-code">{result.invitation.code}</span>
              </Typography.Text>
            </span>
            <span>
              {t('staff.invitationLink')}:{' '}
              <Typography.Text copyable={{ text: result.invitation.url }}>
                <span data-testid="staff-invitation-url">{result.invitation.url}</span>
              </Typography.Text>
            </span>
            <Typography.Text type="secondary">
              {t('staff.pendingHint', { date: dayjs(result.invitation.expiresAt).format('YYYY-MM-DD') })}
            </Typography.Text>
          </Flex>
        ),
      })
    } else if (invited && result.temporaryPassword) {
      // Shown once: the identity server keeps only the hash; the user must change it at first sign-in.
      modal.success({
        title: t('staff.invitedTitle'),
        content: (
          <Flex vertical gap={4}>
            <span>{t('staff.userName')}: <Typography.Text copyable>{result.userName}</Typography.Text></span>
            <span>{t('staff.temporaryPassword')}: <Typography.Text code copyable>{result.temporaryPassword}</Typography.Text></span>
            <Typography.Text type="secondary">{t('staff.temporaryPasswordHint')}</Typography.Text>
          </Flex>
        ),
      })
    } else {
      void message.success(invited ? t('staff.invited') : t('common.saved'))
    }
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('staff.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('staff.searchPlaceholder')}
            aria-label={t('staff.searchPlaceholder')}
            onChange={(e) => setFilter(e.target.value)}
            onSearch={setFilter}
          />
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
            {t('staff.invite')}
          </Button>
        </Flex>
      </Flex>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Card size="small">
          <Table<CompanyUserRow>
            rowKey="userId"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={users.isPending}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState title={needle ? t('common.noMatch') : t('staff.empty')} hint={t('staff.emptyHint')} /> }}
          />
        </Card>
      )}
      <StaffForm
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.userId}
        open={editing !== null}
        member={editing !== null && editing !== 'new' ? editing : undefined}
        estates={estateList}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
    </Flex>
  )
}
