/**
 * The code each provider expects for each institution. Not published in the providers' public
 * pages (SmilePayz shows "ABB", AppotaPay "TPBANK" as examples), so these follow those
 * examples and the institutions' usual short codes. Kept in this one table so a correction
 * from a provider's bank list is a one-line change; the simulators use the same table.
 * An institution missing for a provider is one that provider does not pay into.
 */
export const providerBankCodes = {
  smilepayz: {
    VCB: 'VCB', TCB: 'TCB', MB: 'MB', BIDV: 'BIDV', CTG: 'ICB', VBA: 'VBA', ACB: 'ACB', TPB: 'TPB', VPB: 'VPB', STB: 'STB',
    SHB: 'SHB', HDB: 'HDB', VIB: 'VIB', OCB: 'OCB', MSB: 'MSB', SCB: 'SCB', SEAB: 'SEAB', EIB: 'EIB', LPB: 'LPB', ABB: 'ABB',
    NAB: 'NAB', BAB: 'BAB', KLB: 'KLB', PVCB: 'PVCB', NCB: 'NCB', BVB: 'BVB', VCCB: 'VCCB', PGB: 'PGB', SGB: 'SGB', VAB: 'VAB',
    MOMO: 'MOMO', ZALOPAY: 'ZALO', VIETTELMONEY: 'VTMON', VNPTMONEY: 'VNPTM',
  },
  appotapay: {
    VCB: 'VCB', TCB: 'TCB', MB: 'MB', BIDV: 'BIDV', CTG: 'ICB', VBA: 'VBA', ACB: 'ACB', TPB: 'TPBANK', VPB: 'VPB', STB: 'STB',
    SHB: 'SHB', HDB: 'HDB', VIB: 'VIB', OCB: 'OCB', MSB: 'MSB', SCB: 'SCB', SEAB: 'SEAB', EIB: 'EIB', LPB: 'LPB', ABB: 'ABB',
    NAB: 'NAB', BAB: 'BAB', KLB: 'KLB', PVCB: 'PVCB', NCB: 'NCB', BVB: 'BVB', VCCB: 'VCCB', PGB: 'PGB', SGB: 'SGB', VAB: 'VAB',
  },
  haipay: {
    KBANK: 'KBANK', SCB: 'SCB', BBL: 'BBL', KTB: 'KTB', BAY: 'BAY', TTB: 'TTB', GSB: 'GSB', BAAC: 'BAAC', KKP: 'KKP', CIMBT: 'CIMBT',
    UOBT: 'UOBT', TISCO: 'TISCO', LHB: 'LHBANK', GHB: 'GHB', ICBCT: 'ICBCT', TRUEMONEY: 'TRUEMONEY',
  },
} as const satisfies Record<string, Record<string, string>>;
