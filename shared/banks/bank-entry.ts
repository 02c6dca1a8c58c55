/** A bank or e-wallet as accountants write it, and the code each provider knows it by. */
export type BankEntry = {
  /** Our own stable id for the institution (new ones: the VietQR code, or Thailand's usual abbreviation). */
  readonly id: string;
  readonly name: string;
  readonly kind: 'bank' | 'wallet';
  /** Every way it is written in payroll sheets: short names, Vietnamese/Thai names, old names. */
  readonly aliases: readonly string[];
  /** Vietnam: the 6-digit NAPAS BIN of the VietQR list (api.vietqr.io/v2/banks `bin`). */
  readonly bin?: string;
  /** Vietnam: the short code of the NAPAS/VietQR list (`code`, e.g. ICB for VietinBank). */
  readonly napasCode?: string;
  /** Thailand: the Bank of Thailand's 3-digit institution code (e.g. 004 for Kasikornbank). */
  readonly botCode?: string;
};
