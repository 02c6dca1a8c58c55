/**
 * The code HaiPay expects for each institution (our id → its code). Source: not yet published
 * in HaiPay's public pages; these follow its examples and the institutions' usual short codes
 * (see electron/simulator/README.md, "Where the wire is our reading"). Used by the rules, the
 * client and the simulator alike. An institution missing here is one HaiPay does not pay into.
 */
export const haipayBankCodes: Readonly<Record<string, string>> = {
  KBANK: 'KBANK', SCB: 'SCB', BBL: 'BBL', KTB: 'KTB', BAY: 'BAY', TTB: 'TTB', GSB: 'GSB', BAAC: 'BAAC', KKP: 'KKP', CIMBT: 'CIMBT',
  UOBT: 'UOBT', TISCO: 'TISCO', LHB: 'LHBANK', GHB: 'GHB', ICBCT: 'ICBCT', TRUEMONEY: 'TRUEMONEY',
};
