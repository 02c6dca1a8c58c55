import { AsyncLocalStorage } from 'node:async_hooks';
import type { HttpAnswer, HttpTransport } from '../providers/http-transport.js';
import type { Db } from '../store/database.js';
import { durable } from './durability.js';
import { redactedBody, redactedUrl } from './redact.js';

/** Which row (or batch) a provider call is made for, and why. */
export type AttemptContext = { readonly batchId: string; readonly orderId: string | null; readonly kind: 'payout' | 'status' | 'balance' | 'inquiry' };

const current = new AsyncLocalStorage<AttemptContext>();

/** Runs `work` with every provider call it makes journaled as made for `context`. */
export function forAttempt<T>(context: AttemptContext, work: () => Promise<T>): Promise<T> {
  return current.run(context, work);
}

/**
 * A transport that writes every request and answer made inside `forAttempt` to the `attempt`
 * table, redacted: no header (they carry keys and tokens), no signature, no secret. The
 * request is written before it leaves, so a crash mid-call still shows it was made.
 */
export function journaledTransport(db: Db, http: HttpTransport, onAnswer: (answer: HttpAnswer) => void = () => {}): HttpTransport {
  const begin = db.prepare<[string, string | null, string, string, string, string | null, string]>(
    'INSERT INTO attempt (batch_id, order_id, kind, method, url, request_json, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const end = db.prepare<[number | null, string | null, string, string, number | bigint]>('UPDATE attempt SET http_status = ?, answer_text = ?, outcome = ?, ended_at = ? WHERE id = ?');
  return {
    ...http,
    async send(method, url, headers, body): Promise<HttpAnswer> {
      const context = current.getStore();
      if (!context) {
        const answer = await http.send(method, url, headers, body);
        onAnswer(answer);
        return answer;
      }
      durable(db, 'NORMAL');
      const id = begin.run(context.batchId, context.orderId, context.kind, method, redactedUrl(url), redactedBody(body), new Date().toISOString()).lastInsertRowid;
      try {
        const answer = await http.send(method, url, headers, body);
        durable(db, 'NORMAL');
        end.run(answer.status, redactedBody(answer.text), 'answered', new Date().toISOString(), id);
        onAnswer(answer);
        return answer;
      } catch (error) {
        durable(db, 'NORMAL');
        end.run(null, null, error instanceof Error ? error.message.slice(0, 500) : 'failed', new Date().toISOString(), id);
        throw error;
      }
    },
  };
}
