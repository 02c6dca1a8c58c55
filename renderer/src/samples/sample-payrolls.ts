import type { ProviderId } from '../../../shared/providers/provider-ids';

/**
 * Each provider's sample payroll (examples/, copied by the build into the window's own files
 * as samples/<file>): a sheet as accountants keep them, with a few rows Review puts right.
 */
export const samplePayrolls = {
  hitechpay: 'hitechpay-payroll.csv',
  smilepayz: 'smilepayz-payroll.xlsx',
  appotapay: 'appotapay-payroll.xlsx',
  haipay: 'haipay-payroll.csv',
} as const satisfies Record<ProviderId, string>;

const sampleNames: readonly string[] = Object.values(samplePayrolls);

/** A batch made from a sample pays made-up people: it is sent in Practice or Sandbox, never with real money. */
export function isSamplePayroll(fileName: string): boolean {
  return sampleNames.includes(fileName);
}

/**
 * The sample as the file chooser would hand it over, fetched from the window's own origin
 * (app:// in the desktop app, the browser host's address in a tab); null when it is missing.
 */
export async function fetchSample(provider: ProviderId): Promise<File | null> {
  const name = samplePayrolls[provider];
  try {
    const response = await fetch(new URL(`samples/${name}`, document.baseURI));
    if (!response.ok) return null;
    const type = name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return new File([await response.arrayBuffer()], name, { type });
  } catch {
    return null;
  }
}

/** A request, from another screen, to load a provider's sample; `ask` tells a new request from the last one. */
export type SampleAsk = { readonly provider: ProviderId; readonly ask: number };
