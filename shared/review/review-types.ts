import type { Payee, PayeeField, RowIssue } from '../import/model.js';

/** A change Paybatch may make for the accountant, because it cannot change what is paid or to whom. */
export const fixKinds = ['unaccent-upper', 'unaccent', 'unaccent-message', 'restore-phone-zero', 'trim'] as const;
export type FixKind = (typeof fixKinds)[number];

export type Fix = { readonly kind: FixKind; readonly value: string; readonly label: string };

export type ReviewIssue = RowIssue & { readonly fix?: Fix };

/** The values a check's sentence is made of, for `issue.<code>` in the reader's language. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * A provider rule's finding, before it is tied to a sheet row and column. `params` are the
 * values in `text` (the English sentence), with `at: 'column'`: the issue it becomes says
 * "Row N, column C: …" unless no column holds the field, when check-rows makes it `at: 'row'`.
 */
export type Finding = {
  readonly field: PayeeField | null;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly text: string;
  readonly params: IssueParams;
  readonly fix?: Fix;
};

/** What a provider will receive for a payee, once its rules have passed. */
export type WireFacts = { readonly bankCode: string | null; readonly accountType: string | null };

export type RowCheck = { readonly findings: Finding[]; readonly wire: WireFacts };

export type { Payee };
