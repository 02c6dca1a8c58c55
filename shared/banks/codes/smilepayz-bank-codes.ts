/**
 * The payment-method code SmilePayz expects for each institution (our id → its code), used by the
 * rules, the client and the simulator alike. An institution missing here is one we have no code
 * for, so rows naming it are refused before anything is sent.
 *
 * Sources: SmilePayz's VN method list is not public. Its VN pay-out page shows `ABB` (and says a
 * code is at most 6 characters, `String(6)`); its VN pay-in example and other regions' pages write
 * wallets with a `W_` prefix (`W_MOMO`, `W_DANA`, `W_OVO`). The other banks' codes are OUR READING:
 * the institutions' usual short codes, to be confirmed with SmilePayz. No code is published for
 * ZaloPay, Viettel Money or VNPT Money (and `W_` + their names would not fit in 6 characters), so
 * they are left out rather than guessed. Listed in electron/simulator/smilepayz/README.md.
 */
export const smilepayzBankCodes: Readonly<Record<string, string>> = {
  VCB: 'VCB', TCB: 'TCB', MB: 'MB', BIDV: 'BIDV', CTG: 'ICB', VBA: 'VBA', ACB: 'ACB', TPB: 'TPB', VPB: 'VPB', STB: 'STB',
  SHB: 'SHB', HDB: 'HDB', VIB: 'VIB', OCB: 'OCB', MSB: 'MSB', SCB: 'SCB', SEAB: 'SEAB', EIB: 'EIB', LPB: 'LPB', ABB: 'ABB',
  NAB: 'NAB', BAB: 'BAB', KLB: 'KLB', PVCB: 'PVCB', NCB: 'NCB', BVB: 'BVB', VCCB: 'VCCB', PGB: 'PGB', SGB: 'SGB', VAB: 'VAB',
  MOMO: 'W_MOMO',
};
