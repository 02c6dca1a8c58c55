import type { MethodOutput } from '../../../shared/api.js';
import { sendReasonText } from '../../../shared/i18n/messages/send-reasons.js';
import type { Language } from '../../../shared/i18n/languages.js';
import { translator } from '../../../shared/i18n/translator.js';
import type { ColumnMapping, Currency } from '../../../shared/import/model.js';
import { answerText } from '../../../shared/providers/answers/answer-text.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';
import { storedPayee } from '../store/stored-payee.js';
import { reasonParamsOf } from '../send/send-journal.js';
import { rowsBackHeaders, valueOf, writeRowsBack, type SheetRowBack } from '../reports/problems-workbook.js';
import { csvFile } from './sheet-csv.js';

/** A row that was never paid: refused, failed, or cancelled before it went. */
export const unsentStatuses = ['failed', 'rejected', 'cancelled'] as const;

type Batch = { provider: ProviderId; currency: Currency; file_name: string; mapping_json: string; status: string };
type Row = { sheet_row: number; payee_json: string; error_code: string | null; error_message: string | null; review_reason: string | null; reason_code: string | null; reason_params_json: string | null };

/**
 * A sent batch's unpaid rows as a sheet in the batch's own columns and headers (so it maps as
 * before and imports again as it is), each with why it was not paid, in the reader's language.
 */
export async function unsentSheet(db: Db, batchId: string, format: 'xlsx' | 'csv', language: Language): Promise<MethodOutput<'batch.unsent'>> {
  const batch = db.prepare<[string], Batch>('SELECT provider, currency, file_name, mapping_json, status FROM batch WHERE id = ?').get(batchId);
  if (!batch) throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
  if (batch.status === 'draft' || batch.status === 'discarded') throw new EngineError('refused', `This batch is ${batch.status}: nothing of it was sent.`, undefined, { reason: 'unsent_not_sent', status: batch.status });
  const tr = translator(language);
  const records = db
    .prepare<[string], Row>(`SELECT sheet_row, payee_json, error_code, error_message, review_reason, reason_code, reason_params_json FROM batch_row WHERE batch_id = ? AND status IN (${unsentStatuses.map((s) => `'${s}'`).join(', ')}) ORDER BY seq`)
    .all(batchId);
  const rows: SheetRowBack[] = records.map((r) => {
    const said = sendReasonText(tr, { errorCode: r.error_code, errorMessage: r.error_message, reviewReason: r.review_reason, reasonCode: r.reason_code, reasonParams: reasonParamsOf(r.reason_params_json) });
    const plain = said?.providerCode ? answerText(tr, batch.provider, said.providerCode) : null;
    return { row: r.sheet_row, payee: storedPayee(r.payee_json), note: plain ?? said?.text ?? '' };
  });
  const mapping = JSON.parse(batch.mapping_json) as ColumnMapping;
  const noteHeader = tr.t('unsent.whyNotPaid');
  const stem = batch.file_name.replace(/\.[^.]+$/, '');
  const fileName = `${stem} - ${tr.t('unsent.fileSuffix')}.${format}`;
  const bytes =
    format === 'xlsx'
      ? await writeRowsBack({ fileName: batch.file_name, currency: batch.currency, mapping, noteHeader, rows })
      : csvOf(mapping, noteHeader, rows, batch.currency);
  return { fileName, base64: Buffer.from(bytes).toString('base64'), rows: rows.length };
}

function csvOf(mapping: ColumnMapping, noteHeader: string, rows: readonly SheetRowBack[], currency: Currency): Uint8Array {
  const { fields, headers } = rowsBackHeaders(mapping, noteHeader);
  return csvFile([headers, ...rows.map((r) => [...fields.map((field) => valueOf(r.payee, field, currency)), String(r.row), r.note])]);
}
