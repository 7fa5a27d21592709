import { LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons'
import { Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/shared/auth/session'

/** Name and roles of the signed-in user, company switch and sign out. */
export function UserMenu({ companyLabel }: { companyLabel?: string | null }) {
  const { t } = useTranslation()
  const { claims, signOut, switchCompany, canSwitchCompany } = useSession()
  if (!claims) return null
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <Flex vertical gap={4} style={{ maxWidth: 260 }} data-testid="user-menu-details">
                <Typography.Text strong>{claims.name}</Typography.Text>
                {claims.userName && claims.userName !== claims.name && (
                  <Typography.Text type="secondary">{claims.userName}</Typography.Text>
                )}
                {companyLabel && <Typography.Text type="secondary">{companyLabel}</Typography.Text>}
                <Flex wrap gap={4}>
                  {claims.roles.map((role) => (
                    <Tag key={role} color="blue" style={{ marginInlineEnd: 0 }}>
                      {t(`roles.${role}`, role)}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            ),
          },
          { type: 'divider' },
          ...(canSwitchCompany
            ? [{ key: 'switch', icon: <SwapOutlined />, label: t('auth.switchCompany'), onClick: () => void switchCompany() }]
            : []),
          { key: 'signout', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true, onClick: () => void signOut() },
        ],
      }}
    >
      <Button type="text" aria-label={t('auth.userMenu')} style={{ paddingInline: 8 }}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span style={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }}>{claims.name}</span>
      </Button>
    </Dropdown>
  )
}
