import type { Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';

/** A sample sheet: which provider it is written for, what it is for, and its file. */
export type Sample = { readonly provider: ProviderId; readonly operation: Operation; readonly file: string };

/**
 * Each provider's sample payroll and HiTechPAY's sample refund sheet (examples/, copied by the
 * build into the window's own files as samples/<file>): sheets as accountants and support teams
 * keep them, with a few rows Review puts right. A payroll's id is its provider's, so an offer
 * that names a provider names its payroll; a refund sheet is the provider's id with "-refunds".
 * Listed in the order the offer shows them: a provider's refunds just after its payroll.
 */
export const samples = {
  hitechpay: { provider: 'hitechpay', operation: 'payout', file: 'hitechpay-payroll.csv' },
  'hitechpay-refunds': { provider: 'hitechpay', operation: 'refund', file: 'hitechpay-refunds.xlsx' },
  smilepayz: { provider: 'smilepayz', operation: 'payout', file: 'smilepayz-payroll.xlsx' },
  appotapay: { provider: 'appotapay', operation: 'payout', file: 'appotapay-payroll.xlsx' },
  haipay: { provider: 'haipay', operation: 'payout', file: 'haipay-payroll.csv' },
} as const satisfies Record<string, Sample>;

export type SampleId = keyof typeof samples;

export const sampleIds = Object.keys(samples).filter((id): id is SampleId => id in samples);

const sampleFiles: readonly string[] = Object.values(samples).map((s) => s.file);

/**
 * A batch made from a sample pays made-up people or refunds made-up payments: it is sent in
 * Practice or Sandbox, never with real money. By its file's name, the one thing a batch keeps.
 */
export function isSampleSheet(fileName: string): boolean {
  return sampleFiles.includes(fileName);
}

/**
 * The sample as the file chooser would hand it over, fetched from the window's own origin
 * (app:// in the desktop app, the browser host's address in a tab); null when it is missing.
 */
export async function fetchSample(id: SampleId): Promise<File | null> {
  const name = samples[id].file;
  try {
    const response = await fetch(new URL(`samples/${name}`, document.baseURI));
    if (!response.ok) return null;
    const type = name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return new File([await response.arrayBuffer()], name, { type });
  } catch {
    return null;
  }
}

/** A request, from another screen, to load a sample; `ask` tells a new request from the last one. */
export type SampleAsk = { readonly sample: SampleId; readonly ask: number };
