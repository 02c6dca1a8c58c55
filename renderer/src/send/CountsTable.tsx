import type { ReactNode } from 'react';
import type { Currency } from '../../../shared/import/model';
import { useT } from '../i18n/language';

type Props = {
  /** The money column's heading. */
  readonly amountHeading: string;
  /** Said to a screen reader only; none where the section's heading says it all. */
  readonly caption?: string;
  readonly testId?: string;
  /** The whole batch, for the total at the foot. */
  readonly rowCount: number;
  readonly total: number;
  readonly currency: Currency;
  /** One line a group of rows: its name (a row header), how many rows and how much money. */
  readonly children: ReactNode;
};

/**
 * Rows and money by group, with the batch's total at the foot: the Send screen groups them by
 * status as they move, the Results screen by what an accountant files. One table, so the two
 * screens head and total it the same way.
 */
export function CountsTable({ amountHeading, caption, testId, rowCount, total, currency, children }: Props) {
  const tr = useT();
  return (
    <table className="counts" data-testid={testId}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{tr.t('app.batches.status')}</th>
          <th scope="col" className="num">{tr.t('app.batches.rows')}</th>
          <th scope="col" className="num">{amountHeading}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
      <tfoot>
        <tr>
          <th scope="row">{tr.t('app.batches.total')}</th>
          <td className="num">{tr.number(rowCount)}</td>
          <td className="num">{tr.money(total, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
