import { fromFen, toFen, type Amount } from '@/shared/format/money'

/** What can still be refunded of a payment, in yuan (fen arithmetic). */
export function refundable(payment: { amount: Amount; refunded: Amount }): number {
  const fen = toFen(payment.amount) - toFen(payment.refunded)
  return fen > 0 ? fromFen(fen) : 0
}
