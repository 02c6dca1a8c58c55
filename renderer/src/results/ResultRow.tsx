import type { Currency } from '../../../shared/import/model';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { rowErrorText } from '../../../shared/providers/answers/row-error-text';
import type { SentRow } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { rowStatusText } from '../send/send-words';

type Props = { readonly row: SentRow; readonly provider: ProviderId; readonly refund: boolean; readonly currency: Currency };

/** One row's result. Money paid is the row's amount once it succeeded, and nothing before. */
export function ResultRow({ row, provider, refund, currency }: Props) {
  const tr = useT();
  const error = rowErrorText(tr, provider, row);
  const when = (at: string | null) => (at ? tr.date(at, { time: true }) : '—');
  const fee = refund ? row.refundFee : row.fee;
  return (
    <tr data-order={row.orderId} data-row={row.row} data-status={row.status} className={`status-${row.status}`}>
      <td className="num">{row.row}</td>
      {refund ? <td className="mono" data-field="transactionId">{row.transactionId ?? '—'}</td> : <td data-field="name">{row.name ?? '—'}</td>}
      <td className="num" data-field="amount">{tr.money(row.amount, currency)}</td>
      <td className="row-status">{rowStatusText(tr, row.status)}</td>
      <td className="mono" data-field="orderId">{row.orderId}</td>
      <td className="mono" data-field="providerRef">{row.providerRef ?? '—'}</td>
      <td className="num" data-field="fee">{fee === null ? '—' : tr.money(fee, currency)}</td>
      <td className="num" data-field="paid">{row.status === 'succeeded' ? tr.money(row.amount, currency) : '—'}</td>
      <td data-field="sentAt">{when(row.sentAt)}</td>
      <td data-field="settledAt">{when(row.settledAt)}</td>
      <td className="details" data-field="error">
        {error && (
          <>
            <span data-testid="row-error">{error.text}</span>
            {/* The provider's own words under ours: what to quote to its support desk. */}
            {error.quoted && (
              <>
                <br />
                <span className="hint" data-testid="row-error-quoted">
                  {error.quoted}
                </span>
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
