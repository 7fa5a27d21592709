import { ApartmentOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons'
import { Card, ConfigProvider, Flex, Typography } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useTranslation } from 'react-i18next'
import '@/shared/i18n'
import { LanguageSwitch } from '@/shared/i18n/LanguageSwitch'

const portals = [
  { portal: 'resident', icon: <HomeOutlined /> },
  { portal: 'staff', icon: <TeamOutlined /> },
  { portal: 'admin', icon: <ApartmentOutlined /> },
] as const

export function Landing() {
  const { t, i18n } = useTranslation()
  return (
    <ConfigProvider locale={i18n.language.startsWith('zh') ? zhCN : enUS}>
      <Flex vertical align="center" gap={24} style={{ padding: '48px 16px', minHeight: '100vh', boxSizing: 'border-box' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Flex gap={16} wrap justify="center">
          {portals.map(({ portal, icon }) => (
            <a key={portal} href={`/${portal}/`} style={{ width: 260 }}>
              <Card hoverable style={{ height: '100%' }}>
                <Flex vertical gap={8}>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {icon} {t(`portal.${portal}.title`)}
                  </Typography.Title>
                  <Typography.Text type="secondary">{t(`portal.${portal}.description`)}</Typography.Text>
                </Flex>
              </Card>
            </a>
          ))}
        </Flex>
        <LanguageSwitch />
      </Flex>
    </ConfigProvider>
  )
}

