import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BankEntry } from '../../../../shared/banks/bank-entry.js';
import { keysOf } from '../../../../shared/banks/bank-index.js';
import { thailandBanks } from '../../../../shared/banks/thailand-banks.js';
import { vietnamBanks } from '../../../../shared/banks/vietnam-banks.js';
import { providerRules } from '../../../../shared/providers/provider-rules.js';

const directories = { vietnam: vietnamBanks, thailand: thailandBanks } as const;

/** Keys written the same for several institutions on purpose: the name alone cannot say which. */
const sharedOnPurpose = new Set(['kebhana', 'hanabank', 'kookmin', 'kookminbank', 'kbkookmin', 'ibk', 'industrialbankofkorea']);

describe.each(Object.entries(directories))('the %s directory', (_, entries) => {
  it('gives each institution its own id', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('writes no key for two institutions except the few shared on purpose', () => {
    const owners = new Map<string, string[]>();
    for (const entry of entries) for (const key of keysOf(entry)) owners.set(key, [...(owners.get(key) ?? []), entry.id]);
    const shared = [...owners].filter(([key, ids]) => ids.length > 1 && !sharedOnPurpose.has(key));
    expect(shared).toEqual([]);
  });

  it('has no alias that is nothing but decoration', () => {
    const empty = entries.flatMap((e) => e.aliases.filter((a) => keysOf({ ...e, name: a, id: a, aliases: [], napasCode: undefined, bin: undefined, botCode: undefined }).length === 0));
    expect(empty).toEqual([]);
  });
});

describe('the codes of the lists', () => {
  it('gives every Vietnamese bank of the VietQR list its 6-digit BIN and code, each once', () => {
    const listed = vietnamBanks.filter((e) => e.bin !== undefined);
    expect(listed.every((e) => /^\d{6}$/.test(e.bin!) && e.napasCode !== undefined)).toBe(true);
    expect(new Set(listed.map((e) => e.bin)).size).toBe(listed.length);
    expect(new Set(listed.map((e) => e.napasCode)).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every Thai bank its 3-digit Bank of Thailand code, each once', () => {
    const banks = thailandBanks.filter((e) => e.kind === 'bank');
    expect(banks.every((e) => /^\d{3}$/.test(e.botCode ?? ''))).toBe(true);
    expect(new Set(banks.map((e) => e.botCode)).size).toBe(banks.length);
  });

  it('keeps every id the directories had before (the provider tables and saved batches use them)', () => {
    const before = {
      vietnam: 'VCB TCB MB BIDV CTG VBA ACB TPB VPB STB SHB HDB VIB OCB MSB SCB SEAB EIB LPB ABB NAB BAB KLB PVCB NCB BVB VCCB PGB SGB VAB MOMO ZALOPAY VIETTELMONEY VNPTMONEY',
      thailand: 'KBANK SCB BBL KTB BAY TTB GSB BAAC KKP CIMBT UOBT TISCO LHB GHB ICBCT TRUEMONEY',
    };
    for (const [name, ids] of Object.entries(before)) {
      const now = new Set(directories[name as keyof typeof directories].map((e) => e.id));
      expect(ids.split(' ').filter((id) => !now.has(id))).toEqual([]);
    }
  });
});

describe('each provider bank-code table (shared/banks/codes)', () => {
  const folder = join(process.cwd(), 'shared/banks/codes');
  const files = readdirSync(folder).filter((f) => f.endsWith('-bank-codes.ts'));

  it.each(files)('%s maps only institutions of its country directory', async (file) => {
    const provider = file.replace(/-bank-codes\.ts$/, '');
    const rules = (providerRules as Record<string, { currency: string } | undefined>)[provider];
    const entries: readonly BankEntry[] = rules === undefined ? [...vietnamBanks, ...thailandBanks] : rules.currency === 'THB' ? thailandBanks : vietnamBanks;
    const ids = new Set(entries.map((e) => e.id));
    const module = (await import(pathToFileURL(join(folder, file)).href)) as Record<string, unknown>;
    const tables = Object.entries(module).filter(([name, value]) => name.endsWith('BankCodes') && typeof value === 'object' && value !== null && !(value instanceof Set));
    expect(tables.length).toBeGreaterThan(0);
    const missing = tables.flatMap(([, table]) => Object.keys(table as object).filter((id) => !ids.has(id)));
    expect(missing).toEqual([]);
  });
});
