import type { MethodInput, MethodName } from '../../shared/api.js';
import type { ErrorCode } from '../../shared/result.js';

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
  'batch.create': { provider: 'appotapay', currency: 'VND', fileName: 'luong.xlsx', fileHash: 'a'.repeat(64), sheet: 'Sheet1', headerSignature: 'ho va ten|so tai khoan|so tien', mapping: { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền' }, amountFormat: 'auto', rowCount: 1 },
  'batch.addRows': {
    batchId: '00000000-0000-4000-8000-000000000001',
    rows: [{ row: 5, payee: { name: 'NGUYEN VAN AN', accountNo: '0011001234567', accountType: null, bank: 'Vietcombank', amount: 1_500_000, currency: 'VND', phone: null, email: null, description: 'Luong thang 10', reference: null, partnerUserId: null, transactionId: null, refundFee: null }, sources: {}, issues: [] }],
  },
  'batch.list': {},
  'batch.get': { batchId: '00000000-0000-4000-8000-000000000001', filter: 'problems', offset: 0, limit: 50 },
  'batch.edit': { batchId: '00000000-0000-4000-8000-000000000001', change: { kind: 'set', index: 0, field: 'amount', text: '1.600.000' } },
  'batch.discard': { batchId: '00000000-0000-4000-8000-000000000001' },
  'batch.approve': { batchId: '00000000-0000-4000-8000-000000000001', typedTotal: '1.500.000' },
  'batch.problems': { batchId: '00000000-0000-4000-8000-000000000001' },
  'batch.retry': { batchId: '00000000-0000-4000-8000-000000000001' },
  'batch.unsent': { batchId: '00000000-0000-4000-8000-000000000001', format: 'csv' },
  'report.export': { batchId: '00000000-0000-4000-8000-000000000001', format: 'xlsx' },
  'audit.list': { limit: 50 },
  'audit.export': {},
  'audit.verify': {},
  'send.check': { batchId: '00000000-0000-4000-8000-000000000001', environment: 'practice' },
  'send.decide': { batchId: '00000000-0000-4000-8000-000000000001', decisions: [{ seq: 1, decision: 'exclude' }] },
  'send.start': { batchId: '00000000-0000-4000-8000-000000000001', environment: 'practice', concurrency: 4 },
  'send.pause': { batchId: '00000000-0000-4000-8000-000000000001' },
  'send.cancel': { batchId: '00000000-0000-4000-8000-000000000001' },
  'send.resume': { continuePaused: false },
  'send.resolve': { batchId: '00000000-0000-4000-8000-000000000001', seq: 1, paid: false },
  'send.status': { batchId: '00000000-0000-4000-8000-000000000001', offset: 0, limit: 50, statuses: ['failed', 'needs_review'] },
};

/**
 * Methods that can only succeed once something exists (credentials, a batch), with the error
 * they must answer on a fresh data folder; their outputs are checked where they succeed
 * (test/support/drafts.ts checks every call's output against the contract).
 */
export const withoutSetup: Partial<Record<MethodName, ErrorCode>> = {
  'connection.test': 'unavailable',
  'batch.addRows': 'not_found',
  'batch.get': 'not_found',
  'batch.edit': 'not_found',
  'batch.discard': 'not_found',
  'batch.approve': 'not_found',
  'batch.problems': 'not_found',
  'batch.retry': 'not_found',
  'batch.unsent': 'not_found',
  'report.export': 'not_found',
  'send.check': 'not_found',
  'send.decide': 'not_found',
  'send.start': 'not_found',
  'send.pause': 'not_found',
  'send.cancel': 'not_found',
  'send.resolve': 'not_found',
  'send.status': 'not_found',
};
