/**
 * AppotaPay's bank codes. Source: AppotaPay's own table "Bảng mã ngân hàng",
 * https://docs.appotapay.com/firm-banking/bank-code (mirrored in AppotaPay's public repository
 * AppotaPayInc/skills, skills/appotapay-firm-banking/references/docs/firm-banking-bank-code.md),
 * and the sandbox test bank of https://docs.appotapay.com/firm-banking/security.
 * The codes are long-form and are not the NAPAS/VietQR ones: VietinBank is VIETINBANK (not ICB),
 * Maritime Bank MARITIMEBANK (not MSB), and AppotaPay's BVBANK is Bảo Việt, while Bản Việt is
 * VIETCAPITALBANK.
 */
export const appotapayPublishedCodes: ReadonlySet<string> = new Set([
  'VCB', 'TECHCOMBANK', 'TPBANK', 'VIETINBANK', 'VIB', 'DAB', 'HDBANK', 'MB', 'VIETABANK', 'MARITIMEBANK',
  'EXIMBANK', 'SHB', 'VPBANK', 'ABBANK', 'SACOMBANK', 'NAMABANK', 'OCEANBANK', 'BIDV', 'SEABANK', 'BACA',
  'NCB', 'AGRIBANK', 'SAIGONBANK', 'PVBANK', 'ACB', 'LPB', 'BVBANK', 'OCB', 'KIENLONGBANK', 'VRB',
  'PBVN', 'PGBANK', 'GPBANK', 'SCB', 'WOORIBANK', 'VIETCAPITALBANK', 'UOB', 'IVB', 'SHINHAN', 'IBK',
  'COOPBANK', 'VIETBANK', 'HONGLEONG', 'LIOBANK', 'CBBANK', 'HSBC', 'CIMB', 'KBHN', 'DBS', 'KBHCM',
  'UMEE', 'NHB', 'KBANK', 'SCVN', 'TIMO', 'KEBHCM', 'CAKE', 'CITIBANK', 'UBANK', 'BNPHN',
  'KEBHN', 'BNPHCM', 'CUBHCM', 'BIDC', 'MOMO', 'ZALOPAY', 'VIETTELPAY', 'VNPTWALLET', 'MBF', 'PVCPAY',
  'TNEX', 'SVFC', 'MAFVN', 'IBKHCM', 'BOCN', 'ICBC', 'DEUHCM', 'SINOHCM', 'VBSP', 'VKHD',
  'NAPAS', 'PAYOO', 'ESUN', 'PAYME', 'GPAY', 'APPOTAPAY', 'HPAY',
  // The sandbox's test bank (card 9704000000000018, holder AP APPOTAPAY): sandbox only.
  'APPOTA_TEST',
]);

/**
 * The code AppotaPay expects for each institution (our id → its code), from the table above.
 * Ids of institutions the Vietnam directory already had are ours (CTG, SGB, …); institutions
 * added from the NAPAS/VietQR list are keyed by their VietQR code, the one after a rename (DongA is
 * VIKKI, OceanBank is MBV). Used by the rules, the client and the simulator alike. An institution missing here is one AppotaPay does not pay into through
 * this app: the e-wallets in AppotaPay's table (MOMO, ZALOPAY, …) are left out, as Paybatch pays
 * bank accounts and cards through AppotaPay.
 */
export const appotapayBankCodes: Readonly<Record<string, string>> = {
  VCB: 'VCB', TCB: 'TECHCOMBANK', MB: 'MB', BIDV: 'BIDV', CTG: 'VIETINBANK', VBA: 'AGRIBANK', ACB: 'ACB',
  TPB: 'TPBANK', VPB: 'VPBANK', STB: 'SACOMBANK', SHB: 'SHB', HDB: 'HDBANK', VIB: 'VIB', OCB: 'OCB',
  MSB: 'MARITIMEBANK', SCB: 'SCB', SEAB: 'SEABANK', EIB: 'EXIMBANK', LPB: 'LPB', ABB: 'ABBANK', NAB: 'NAMABANK',
  BAB: 'BACA', KLB: 'KIENLONGBANK', PVCB: 'PVBANK', NCB: 'NCB', BVB: 'BVBANK', VCCB: 'VIETCAPITALBANK',
  PGB: 'PGBANK', SGB: 'SAIGONBANK', VAB: 'VIETABANK',
  VIKKI: 'DAB', MBV: 'OCEANBANK', VIETBANK: 'VIETBANK', GPB: 'GPBANK',
  CBB: 'CBBANK', SHBVN: 'SHINHAN', HSBC: 'HSBC', SCVN: 'SCVN', WVN: 'WOORIBANK', CIMB: 'CIMB', UOB: 'UOB',
  PBVN: 'PBVN', HLBVN: 'HONGLEONG', IVB: 'IVB', COOPBANK: 'COOPBANK', VRB: 'VRB', CAKE: 'CAKE', UBANK: 'UBANK',
  TIMO: 'TIMO', VBSP: 'VBSP', KBANK: 'KBANK', DBS: 'DBS', KBHN: 'KBHN', KBHCM: 'KBHCM', 'NHB-HN': 'NHB',
  'IBK-HN': 'IBK', 'IBK-HCM': 'IBKHCM', CITIBANK: 'CITIBANK', KEBHANAHN: 'KEBHN', KEBHANAHCM: 'KEBHCM',
  MAFC: 'MAFVN', LIOBANK: 'LIOBANK', UMEE: 'UMEE',
};
