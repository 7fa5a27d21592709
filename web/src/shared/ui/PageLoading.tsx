import { Flex, Spin } from 'antd'
import { useTranslation } from 'react-i18next'

export function PageLoading() {
  const { t } = useTranslation()
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={t('common.loading')}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </Flex>
  )
}
