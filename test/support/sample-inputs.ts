import type { MethodInput, MethodName } from '../../shared/api.js';

/** One valid input per contract method; a method added without one fails to compile here. */
export const sampleInputs: { readonly [M in MethodName]: MethodInput<M> } = {
  'app.info': {},
  'mapping.find': { signature: 'ho va ten|so tai khoan|so tien' },
  'mapping.save': { signature: 'ho va ten|so tai khoan|so tien', columns: { name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' } },
  'limits.get': { provider: 'smilepayz' },
  'limits.set': { provider: 'smilepayz', limits: { minAmount: 50_000, maxAmount: 2_000_000, descriptionMax: 64, defaultDescription: 'Chi luong', feeType: 'payer' } },
  'keys.status': { provider: 'haipay', environment: 'practice' },
  'keys.setSecret': { provider: 'appotapay', environment: 'practice', field: 'secretKey', value: 'sample-secret-value' },
  'keys.remove': { provider: 'appotapay', environment: 'practice' },
  'connection.test': { provider: 'appotapay', environment: 'practice' },
  'keys.import': { provider: 'appotapay', environment: 'practice', creds: { partnerCode: 'P1', apiKey: 'sample-api-key', secretKey: 'sample-secret-key' } },
  'keys.setSettings': { provider: 'appotapay', environment: 'practice', settings: { baseUrl: 'http://127.0.0.1:1', partnerCode: 'P2' } },
  'imports.record': { contentHash: 'a'.repeat(64), fileName: 'luong.xlsx', rows: 3 },
  'batch.approve': {
    provider: 'appotapay',
    fileName: 'luong.xlsx',
    fileHash: null,
    currency: 'VND',
    typedTotal: '1.500.000',
    rows: [
      {
        row: 5,
        payee: { name: 'NGUYEN VAN AN', accountNo: '0011001234567', accountType: null, bank: 'Vietcombank', amount: 1_500_000, currency: 'VND', phone: null, email: null, description: 'Luong thang 10', reference: null, partnerUserId: null },
        sources: {},
        excluded: false,
        acknowledged: [],
      },
    ],
  },
};

/** Methods that can only succeed once something is set up (credentials): without it they must answer `unavailable`. */
export const needsSetup: ReadonlySet<MethodName> = new Set<MethodName>(['connection.test']);
