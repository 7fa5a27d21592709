import { Card, Col, Row, Tabs } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router-dom'
import { useSession } from '@/shared/auth/session'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { AccountPanel } from './AccountPanel'
import { PaymentModal, type PaymentRequest } from './PaymentModal'
import { SHIFT_RECONCILERS } from './queries'
import { ShiftList } from './ShiftList'
import { ShiftPanel } from './ShiftPanel'
import { UnitPicker } from './UnitPicker'

/** 收银台 — the front desk's till: find a unit, see its account, take a payment, run the shift. */
export function CashierPage() {
  const { t } = useTranslation()
  const { claims } = useSession()
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const [payment, setPayment] = useState<PaymentRequest | null>(null)
  const estatePage = useEstateParam()
  const unitId = params.get('unit') ?? undefined
  const canReconcile = SHIFT_RECONCILERS.some((role) => claims?.roles.includes(role))

  function setParam(key: string, value?: string) {
    setParams((p) => {
      const next = new URLSearchParams(p)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  }

  // A payment changes the account, the ledger and the shift totals.
  function refreshAfterPayment() {
    for (const key of ['cashierAccount', 'advanceQuote', 'myOpenShift', 'cashierShifts', 'unitLedger', 'unitPayments']) {
      void queryClient.invalidateQueries({ queryKey: [key] })
    }
  }

  return (
    <>
      <EstatePage estates={estatePage} title={t('cashier.title')} pickerLabel={t('cashier.estate')} noEstates={t('cashier.noEstates')}>
        {(estateId) => (
        <Tabs
          items={[
            {
              key: 'desk',
              label: t('cashier.tabs.desk'),
              children: (
                <Row gutter={[16, 16]}>
                  <Col xs={24} lg={9}>
                    <Card size="small" title={t('cashier.unitSearch.title')}>
                      <UnitPicker estateId={estateId} selectedId={unitId} onPick={(id) => setParam('unit', id)} />
                    </Card>
                  </Col>
                  <Col xs={24} lg={15}>
                    <Card size="small">
                      {unitId ? <AccountPanel unitId={unitId} onTakePayment={setPayment} /> : <EmptyState title={t('cashier.pickUnit')} />}
                    </Card>
                  </Col>
                </Row>
              ),
            },
            { key: 'shift', label: t('cashier.tabs.shift'), children: <ShiftPanel estateId={estateId} onChanged={refreshAfterPayment} /> },
            {
              key: 'shifts',
              label: t('cashier.tabs.shifts'),
              children: <ShiftList estateId={estateId} canReconcile={canReconcile} onChanged={refreshAfterPayment} />,
            },
          ]}
        />
        )}
      </EstatePage>
      {payment && <PaymentModal request={payment} onClose={() => setPayment(null)} onPaid={refreshAfterPayment} />}
    </>
  )
}
