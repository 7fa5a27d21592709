/** What can still be refunded of a payment, in yuan (fen arithmetic: Decimal values arrive as numbers or strings). */
export function refundable(payment: { amount: number | string; refunded: number | string }): number {
  const fen = Math.round(Number(payment.amount) * 100) - Math.round(Number(payment.refunded) * 100)
  return fen > 0 ? fen / 100 : 0
}
