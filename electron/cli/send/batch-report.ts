import { sendReasonText } from '../../../shared/i18n/messages/send-reasons.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import type { SendState, SentRow } from '../../../shared/send/send-contract.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import { ask } from './cli-engine.js';
import type { CliIo } from '../cli-io.js';
import { sendWords } from './operation-words.js';
import { refundRowJson, refundRowText } from './refund-rows.js';

const page = 500;

/** Every row of a batch as sent, page by page (a 100,000-row batch is never one answer). */
export async function* sentRows(engine: EngineHost, batchId: string): AsyncGenerator<SentRow> {
  for (let offset = 0; ; offset += page) {
    const { rows } = await ask(engine, 'send.status', { batchId, offset, limit: page });
    yield* rows;
    if (rows.length < page) return;
  }
}

/**
 * The JSON of `send` and `status`: { batchId, provider, operation, environment, counts, rows }.
 * For programs: errorCode and errorMessage as the journal keeps them, in English. A refund's
 * row says what it refunded and when (refund-rows.ts).
 */
export async function writeBatchJson(engine: EngineHost, state: SendState, io: CliIo): Promise<void> {
  io.stdout.write(`{\n  "batchId": ${JSON.stringify(state.batchId)},\n  "provider": ${JSON.stringify(state.provider)},\n  "operation": ${JSON.stringify(state.operation)},\n  "environment": ${JSON.stringify(state.environment)},\n  "status": ${JSON.stringify(state.status)},\n  "counts": ${JSON.stringify(state.counts)},\n  "rows": [`);
  const refunds = state.operation === 'refund';
  let first = true;
  for await (const r of sentRows(engine, state.batchId)) {
    const line = JSON.stringify(refunds ? refundRowJson(r) : { row: r.row, orderId: r.orderId, status: r.status, providerRef: r.providerRef, fee: r.fee, errorCode: r.errorCode, errorMessage: r.reviewReason ?? r.errorMessage });
    if (!io.stdout.write(`${first ? '\n    ' : ',\n    '}${line}`)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    first = false;
  }
  io.stdout.write(`${first ? '' : '\n  '}]\n}\n`);
}

/**
 * For a person: each row that did not succeed, with why (Paybatch's own reasons in the reader's
 * language, the provider's words as it gave them), then one line for the batch. A refund batch
 * lists every refund, with its transaction, refund ids and when it settled.
 */
export async function writeBatchText(engine: EngineHost, state: SendState, io: CliIo, tr: Translator): Promise<void> {
  const refunds = state.operation === 'refund';
  for await (const r of sentRows(engine, state.batchId)) {
    if (refunds) {
      // Every refund is listed: a large batch waits for the reader rather than pile up in memory.
      if (!io.stdout.write(`${refundRowText(tr, r, state)}\n`)) await new Promise((resolve) => io.stdout.once('drain', resolve));
    } else if (r.status !== 'succeeded') io.stdout.write(`${tr.t('cli.send.row', { row: r.row, orderId: r.orderId, status: r.status, message: sendReasonText(tr, r)?.text || 'none' })}\n`);
  }
  const succeeded = state.counts.succeeded ?? 0;
  io.stdout.write(`${tr.t(sendWords(state.operation).done, { batch: state.batchId.slice(0, 8), status: tr.t('sendStatus.batch', { status: state.status }), succeeded, rows: state.rowCount, paid: tr.money(state.amounts.succeeded ?? 0, state.currency) })}\n`);
}

/** Where the batch stands now, without its rows. */
export function stateOf(engine: EngineHost, batchId: string): Promise<SendState> {
  return ask(engine, 'send.status', { batchId, limit: 0 });
}

/** 0 when every row succeeded, 1 otherwise. */
export function exitCodeOf(state: SendState): number {
  return (state.counts.succeeded ?? 0) === state.rowCount ? 0 : 1;
}
