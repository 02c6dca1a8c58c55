import type { SimAnswer } from '../sim-server.js';
import { simMac } from './hitechpay-sim-sign.js';
import { requestFreshnessMs, simCalls, simReturn, simSub, vietnamOffsetMs, type FieldType } from './hitechpay-sim-wire.js';

export type SimBody = Readonly<Record<string, unknown>>;

export function succeeded(data: Record<string, unknown>): SimAnswer {
  return { status: 200, json: { return_code: simReturn.success, return_message: 'Thành công', sub_return_code: simSub.ok, sub_return_message: '', data } };
}

export function refused(sub: number, message: string, data?: Record<string, unknown>): SimAnswer {
  return { status: 200, json: { return_code: simReturn.fail, return_message: 'Thất bại', sub_return_code: sub, sub_return_message: message, ...(data ? { data } : {}) } };
}

const isType = (value: unknown, type: FieldType) => (type === 'integer' ? typeof value === 'number' && Number.isSafeInteger(value) : typeof value === 'string');

/**
 * What every call checks before its own rules: the spec's required fields and their types, our
 * app_id, the mac (the top-up carries `sig` instead: checked by its handler), and a recent clock.
 */
export function callRefusal(call: keyof typeof simCalls, body: SimBody, appId: string, key1: string, now: number, macFields: readonly string[] = simCalls[call].mac): SimAnswer | null {
  const spec = simCalls[call];
  const wrong = Object.entries(spec.required as Record<string, FieldType>).filter(([field, type]) => !isType(body[field], type));
  if (wrong.length > 0) return refused(simSub.paramIllegal, `Invalid ${wrong.map(([field]) => field).join(', ')}`);
  if (String(body['app_id']) !== appId) return refused(simSub.unauthorized, 'Invalid app_id');
  if (call !== 'topup' && body['mac'] !== simMac(key1, body, macFields)) return refused(simSub.unauthorized, 'Invalid mac');
  if (Math.abs(now - Number(body[spec.clock])) > requestFreshnessMs) return refused(simSub.paramIllegal, `${spec.clock} is not within ${requestFreshnessMs / 60_000} minutes of now`);
  return null;
}

/** `yymmdd` of `now` in Vietnam. */
export function vietnamDate(now: number): string {
  return new Date(now + vietnamOffsetMs).toISOString().slice(2, 10).replaceAll('-', '');
}

/** The wallet's phone in its `0…` form, from the `0…` or `84…` form; null when it is neither. */
export function walletPhone(phone: string, strict: boolean): string | null {
  if (/^0\d{9}$/.test(phone)) return phone;
  if (strict) return null;
  const international = /^\+?84(\d{9})$/.exec(phone);
  return international ? `0${international[1]}` : null;
}
