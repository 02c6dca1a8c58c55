/**
 * The code HaiPay expects for each institution (our id → its code). Source: HaiPay has not
 * published its THB code list; these follow its examples and the institutions' usual short codes
 * (listed as unconfirmed in electron/simulator/haipay/README.md). Used by the rules, the client
 * and the simulator alike; whether a code is an e-wallet or a bank is the directory's `kind`
 * for that institution. An institution missing here is one HaiPay does not pay into.
 */
export const haipayBankCodes: Readonly<Record<string, string>> = {
  KBANK: 'KBANK', SCB: 'SCB', BBL: 'BBL', KTB: 'KTB', BAY: 'BAY', TTB: 'TTB', GSB: 'GSB', BAAC: 'BAAC', KKP: 'KKP', CIMBT: 'CIMBT',
  UOBT: 'UOBT', TISCO: 'TISCO', LHB: 'LHBANK', GHB: 'GHB', ICBCT: 'ICBCT', TRUEMONEY: 'TRUEMONEY',
};
