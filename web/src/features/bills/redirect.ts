/** Leaves the portal for the payment page (a full navigation: it is another site). Own module so tests can stub it. */
export function redirectTo(url: string): void {
  window.location.assign(url)
}
