/**
 * The code AppotaPay expects for each institution (our id → its code). Source: not yet published
 * in AppotaPay's public pages; these follow its examples and the institutions' usual short codes
 * (see electron/simulator/README.md, "Where the wire is our reading"). Used by the rules, the
 * client and the simulator alike. An institution missing here is one AppotaPay does not pay into.
 */
export const appotapayBankCodes: Readonly<Record<string, string>> = {
  VCB: 'VCB', TCB: 'TCB', MB: 'MB', BIDV: 'BIDV', CTG: 'ICB', VBA: 'VBA', ACB: 'ACB', TPB: 'TPBANK', VPB: 'VPB', STB: 'STB',
  SHB: 'SHB', HDB: 'HDB', VIB: 'VIB', OCB: 'OCB', MSB: 'MSB', SCB: 'SCB', SEAB: 'SEAB', EIB: 'EIB', LPB: 'LPB', ABB: 'ABB',
  NAB: 'NAB', BAB: 'BAB', KLB: 'KLB', PVCB: 'PVCB', NCB: 'NCB', BVB: 'BVB', VCCB: 'VCCB', PGB: 'PGB', SGB: 'SGB', VAB: 'VAB',
};
