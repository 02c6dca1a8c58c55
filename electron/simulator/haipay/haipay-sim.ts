import type { KeyObject } from 'node:crypto';
import { haipayBankCodes } from '../../../shared/banks/codes/haipay-bank-codes.js';
import { haipaySign, verifyHaipaySign } from '../../engine/providers/haipay/haipay-sign.js';
import { haipayAmount, haipayErrors, haipayPaths, haipayStatus, minorOfHaipayAmount } from '../../engine/providers/haipay/haipay-wire.js';
import { createLedger } from '../sim-ledger.js';
import { happens, type Faults } from '../sim-faults.js';
import { parseJson } from '../../engine/providers/http-transport.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';

export type HaipaySimSecrets = { readonly appId: string; readonly secretKey: string; readonly merchantPublicKey: KeyObject; readonly platformPrivateKey: KeyObject };

const knownBanks = new Set<string>(Object.values(haipayBankCodes));

/** HaiPay as our client meets it: the seed's field rules, RSA checks both ways, idempotent orderId. */
export async function startHaipaySim(secrets: HaipaySimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 500_000_000 });
  const wrongKey = secrets.platformPrivateKey;

  function reply(error: string, msg: string, data?: Record<string, unknown>): SimAnswer {
    if (!data) return { status: 200, json: { status: error === haipayErrors.ok ? '1' : '0', error, msg } };
    const sign = happens(faults.badSignature) ? haipaySign(wrongKey, { ...data, tampered: 1 }, secrets.secretKey) : haipaySign(secrets.platformPrivateKey, data, secrets.secretKey);
    return { status: 200, json: { status: '1', error, msg, data: { ...data, sign } } };
  }

  function queryData(orderId: string): SimAnswer {
    const entry = ledger.find(orderId);
    if (!entry) return reply(haipayErrors.notFound, 'order not exist');
    const state = ledger.stateOf(entry);
    return reply(haipayErrors.ok, 'success', { orderId, orderNo: `HP${entry.providerRef}`, status: state === 'success' ? haipayStatus.success : state === 'failed' ? haipayStatus.failure : 1, fee: '0.00', ...(state === 'failed' ? { errorMsg: 'beneficiary account rejected' } : {}) });
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const params = parseJson(request.body);
    if (!params) return reply(haipayErrors.params, 'body is not JSON');
    if (String(params['appId']) !== secrets.appId) return reply(haipayErrors.params, 'appId invalid');
    if (!verifyHaipaySign(secrets.merchantPublicKey, params, secrets.secretKey)) return reply(haipayErrors.signature, 'sign error');
    if (request.path === haipayPaths.query) return queryData(String(params['orderId'] ?? ''));
    if (request.path === haipayPaths.ledger) {
      const balance = haipayAmount(ledger.balanceMinor());
      return reply(haipayErrors.ok, 'success', { bal: balance, availableBal: balance, frzBal: '0.00', unSettleBal: '0.00' });
    }
    if (request.path !== haipayPaths.apply) return { status: 404, json: { status: '0', error: '404', msg: 'not found' } };

    const orderId = String(params['orderId'] ?? '');
    const amount = minorOfHaipayAmount(params['amount']);
    const accountNo = String(params['accountNo'] ?? '');
    const problems = [
      (orderId === '' || orderId.length > 48) && 'orderId required, at most 48',
      amount === null && 'amount must match ^\\d+\\.\\d{2}$',
      params['accountType'] !== 'EWALLET' && params['accountType'] !== 'BANK_ACCOUNT' && 'accountType must be EWALLET or BANK_ACCOUNT',
      !knownBanks.has(String(params['bankCode'])) && 'bankCode unknown',
      accountNo === '' && 'accountNo required',
      !/^[A-Za-z\s'.-]{1,30}$/.test(String(params['name'] ?? '')) && 'name must be 1-30 English letters',
      !/^0\d{9}$/.test(String(params['phone'] ?? '')) && 'phone must be 0 and 9 digits',
      !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(params['email'] ?? '')) && 'email invalid',
      !/^[A-Za-z0-9\-~!@#$%&*()_]+$/.test(String(params['partnerUserId'] ?? '')) && 'partnerUserId invalid',
    ].filter(Boolean);
    if (problems.length > 0 || amount === null) return reply(haipayErrors.params, problems.join('; '));
    if (ledger.find(orderId)) return reply(haipayErrors.duplicate, 'orderId repeated');
    if (ledger.balanceMinor() < amount) return reply(haipayErrors.insufficientBalance, 'insufficient balance');
    const { entry } = ledger.record(orderId, amount, accountNo, faults.settleMs, faults.failTargets.has(accountNo) ? 'failed' : 'success');
    return { ...reply(haipayErrors.ok, 'success', { orderId, orderNo: `HP${entry.providerRef}` }), recordedPayout: true };
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger };
}
