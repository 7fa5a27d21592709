import { App, Button, Card, DatePicker, Flex, Popconfirm, Progress, Table, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation, useGraphQLQuery } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { anyActive, defaultPeriod, progressPercent } from './period'
import { BILLING_RUNS_QUERY, START_BILLING_RUN_MUTATION, type BillingRun, type BillingRunStatus } from './queries'

const STATUS_COLOR: Record<BillingRunStatus, string> = { QUEUED: 'default', RUNNING: 'processing', COMPLETED: 'success', FAILED: 'error' }

function time(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'
}

/** 月度出账 — an estate's monthly billing runs: start one for a month and watch it bill unit by unit. */
export function BillingRunsPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [picked, setPicked] = useState<{ estateId?: string; month: Dayjs } | null>(null)
  const estatePage = useEstateParam()
  const { estates: options, estateId } = estatePage
  const runs = useGraphQLQuery(['billingRuns'], BILLING_RUNS_QUERY, { estateId: estateId ?? '' }, {
    enabled: Boolean(estateId),
    // Runs are background jobs: poll every 2 s while one is queued or running, then stop.
    refetchInterval: (query) => (anyActive(query.state.data?.billingRuns ?? []) ? 2000 : false),
  })
  const start = useGraphQLMutation(START_BILLING_RUN_MUTATION)

  const list = runs.data?.billingRuns ?? []
  const proposed = dayjs(`${defaultPeriod(new Date(), list)}-01`)
  const month = picked && picked.estateId === estateId ? picked.month : proposed
  const estateName = options.find((e) => e.id === estateId)?.name ?? ''

  async function startRun() {
    if (!estateId) return
    const period = month.format('YYYY-MM')
    try {
      const data = await start.mutateAsync({ input: { estateId, period } })
      const result = data.startBillingRun
      if (result.errors.length > 0) {
        void message.error(result.errors.map((e) => e.message).join('\n'))
        return
      }
      // Starting a billed period again returns its run and bills nobody twice: say so instead of "started".
      if (result.run?.status === 'COMPLETED') void message.info(t('billingRuns.alreadyBilled', { period, count: result.run.billsCreated }))
      else void message.success(t('billingRuns.started', { period }))
      setPicked(null)
      void runs.refetch()
    } catch (error) {
      void message.error(errorMessage(error))
    }
  }

  return (
    <EstatePage
      estates={estatePage}
      title={t('billingRuns.title')}
      pickerLabel={t('billingRuns.estate')}
      noEstates={t('billingRuns.noEstates')}
    >
      {() => (
        <>
          <Card size="small" title={t('billingRuns.startTitle')}>
            <Flex gap={8} align="center" wrap>
              <DatePicker
                picker="month"
                allowClear={false}
                aria-label={t('billingRuns.period')}
                value={month}
                onChange={(value) => value && setPicked({ estateId, month: value })}
              />
              <Popconfirm
                title={t('billingRuns.confirm', { estate: estateName, period: month.format('YYYY-MM') })}
                description={t('billingRuns.confirmHint')}
                okText={t('billingRuns.start')}
                cancelText={t('common.cancel')}
                onConfirm={() => startRun()}
              >
                <Button type="primary" loading={start.isPending}>
                  {t('billingRuns.start')}
                </Button>
              </Popconfirm>
            </Flex>
          </Card>
          {runs.isError ? (
            <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />
          ) : (
            <Card size="small">
              <Table<BillingRun>
                rowKey="id"
                size="small"
                loading={runs.isPending}
                dataSource={list}
                pagination={{ pageSize: 24, hideOnSinglePage: true }}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('billingRuns.period'), dataIndex: 'period' },
                  {
                    title: t('billingRuns.status'),
                    render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`billingRuns.statuses.${r.status}`)}</Tag>,
                  },
                  {
                    title: t('billingRuns.progress'),
                    width: 260,
                    render: (_, r) => (
                      <Flex vertical gap={0}>
                        <Progress
                          percent={progressPercent(r)}
                          size="small"
                          status={r.status === 'FAILED' ? 'exception' : r.status === 'COMPLETED' ? 'success' : 'active'}
                        />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('billingRuns.units', { processed: r.processedUnits, total: r.totalUnits })}
                        </Typography.Text>
                      </Flex>
                    ),
                  },
                  { title: t('billingRuns.billsCreated'), dataIndex: 'billsCreated', align: 'right' },
                  { title: t('billingRuns.startedAt'), render: (_, r) => time(r.startedAt ?? r.createdAt) },
                  { title: t('billingRuns.finishedAt'), render: (_, r) => time(r.finishedAt) },
                  { title: t('billingRuns.error'), render: (_, r) => (r.error ? <Typography.Text type="danger">{r.error}</Typography.Text> : '—') },
                ]}
                locale={{ emptyText: <EmptyState title={t('billingRuns.empty')} hint={t('billingRuns.emptyHint')} /> }}
              />
            </Card>
          )}
        </>
      )}
    </EstatePage>
  )
}
