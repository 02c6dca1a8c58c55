/** A bank or e-wallet as accountants write it, and the code each provider knows it by. */
export type BankEntry = {
  /** Our own stable id for the institution. */
  readonly id: string;
  readonly name: string;
  readonly kind: 'bank' | 'wallet';
  /** Every way it is written in payroll sheets: short names, Vietnamese/Thai names, old names. */
  readonly aliases: readonly string[];
};
