/** The printable batch statement's button (issue #15 item 3): drawn on the Results screen. */
export function StatementButton(_props: { readonly batchId: string }) {
  return null;
}
