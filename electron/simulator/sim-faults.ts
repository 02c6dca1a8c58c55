/**
 * Fault switches, set from `--faults "latency=200,5xx=0.1,timeout=0.05,drop=0.1,settle=1500,fail=0451000123456|0900000000,badsig=0,busy=0"`
 * or changed at run time by tests. Probabilities are 0..1; 1 means every request.
 */
export type Faults = {
  latencyMs: number;
  /** Answer 503 before doing anything. */
  error5xx: number;
  /** Record the payout, then never answer (the client times out). */
  timeout: number;
  /** Record the payout, then drop the connection. */
  drop: number;
  settleMs: number;
  /** Accounts or phones whose payouts settle as failed. */
  failTargets: Set<string>;
  /** Sign answers with the wrong key: a client must not believe them. */
  badSignature: number;
  /** Answer 429 Too Many Requests with Retry-After: 1 before doing anything. */
  busy: number;
  /** Practice only: the file where the simulator keeps its payouts across restarts (none: in memory). */
  books?: string;
  /** Practice only: the same for refunds, each with the refund_id it was given (none: in memory). */
  refundBooks?: string;
};

export function defaultFaults(): Faults {
  return { latencyMs: 0, error5xx: 0, timeout: 0, drop: 0, settleMs: 300, failTargets: new Set(), badSignature: 0, busy: 0 };
}

export function parseFaults(spec: string | undefined): Faults {
  const faults = defaultFaults();
  if (!spec) return faults;
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    const number = Number(value);
    const probability = () => {
      if (!(number >= 0 && number <= 1)) throw new Error(`fault ${key} needs a probability from 0 to 1, not "${value}"`);
      return number;
    };
    switch (key) {
      case 'latency':
        if (!(number >= 0)) throw new Error(`latency needs milliseconds, not "${value}"`);
        faults.latencyMs = number;
        break;
      case '5xx':
        faults.error5xx = probability();
        break;
      case 'timeout':
        faults.timeout = probability();
        break;
      case 'drop':
        faults.drop = probability();
        break;
      case 'settle':
        if (!(number >= 0)) throw new Error(`settle needs milliseconds, not "${value}"`);
        faults.settleMs = number;
        break;
      case 'badsig':
        faults.badSignature = probability();
        break;
      case 'busy':
        faults.busy = probability();
        break;
      case 'fail':
        for (const target of value.split('|').filter(Boolean)) faults.failTargets.add(target);
        break;
      default:
        throw new Error(`unknown fault "${key}": use latency, 5xx, timeout, drop, settle, fail, badsig or busy`);
    }
  }
  return faults;
}

export function happens(probability: number): boolean {
  return probability >= 1 || (probability > 0 && Math.random() < probability);
}
