import { createHmac, createPrivateKey, createPublicKey, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appotapayJwt, appotapaySignature, verifyAppotapaySignature } from '../../../../electron/engine/providers/appotapay/appotapay-sign.js';
import { haipaySign, haipayStringToSign, verifyHaipaySign } from '../../../../electron/engine/providers/haipay/haipay-sign.js';
import { hitechpayMac, hitechpaySig, macFieldsFor, macOver, verifyHitechpaySig } from '../../../../electron/engine/providers/hitechpay/hitechpay-sign.js';
import { smilepayzSignature, smilepayzTimestamp, verifySmilepayzCallback, verifySmilepayzSignature } from '../../../../electron/engine/providers/smilepayz/smilepayz-sign.js';
import { repoRoot } from '../../../support/paybatch-process.js';

/**
 * Known-answer tests: fixed inputs and fixed test keys; each expected value is computed here,
 * directly with node:crypto, from the formula as PROVIDERS.md writes it, never by calling the
 * code under test. RSA PKCS#1 v1.5 signatures are deterministic, so they compare exactly.
 */
const pem = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/keys', name), 'utf8');
const merchantKey = createPrivateKey(pem('merchant-private.pem'));
const merchantPublic = createPublicKey(pem('merchant-public.pem'));
const platformKey = createPrivateKey(pem('platform-private.pem'));
const platformPublic = createPublicKey(pem('platform-public.pem'));
const rsa = (text: string, key = merchantKey) => createSign('RSA-SHA256').update(text, 'utf8').sign(key, 'base64');
const hmacHex = (key: string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');

describe('HiTechPAY', () => {
  const body = {
    app_id: 2553,
    payment_id: 'PMT-01',
    partner_order_id: 'PB261121ABC12300001',
    m_u_id: 'MU-9981',
    amount: 1_500_000,
    description: 'Chi lương tháng 10',
    partner_embed_data: '{}',
    extra_info: '{}',
    time: 1_763_700_000_000,
  };

  it('top-up mac: HMAC-SHA256(key1) over the nine fields joined by |, lowercase hex', () => {
    const expected = hmacHex('key1-test', '2553|PMT-01|PB261121ABC12300001|MU-9981|1500000|Chi lương tháng 10|{}|{}|1763700000000');
    expect(macOver('key1-test', body, macFieldsFor.topup)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('top-up sig: RSA-SHA256 over the UTF-8 bytes of the hex mac, base64', () => {
    const mac = hmacHex('key1-test', '2553|PMT-01|PB261121ABC12300001|MU-9981|1500000|Chi lương tháng 10|{}|{}|1763700000000');
    expect(hitechpaySig(merchantKey, mac)).toBe(rsa(mac));
    expect(verifyHitechpaySig(merchantPublic, mac, rsa(mac))).toBe(true);
    expect(verifyHitechpaySig(merchantPublic, mac.replace(/^./, 'f'), rsa(mac))).toBe(false);
  });

  it.each([
    ['user', { app_id: 2553, phone: '0912345678', time: 1 }, '2553|0912345678|1'],
    ['txn', { app_id: 2553, partner_order_id: 'PB1', time: 2 }, '2553|PB1|2'],
    ['balance', { app_id: 2553, payment_id: 'PMT-01', time: 3 }, '2553|PMT-01|3'],
    ['refund', { app_id: 2553, zp_trans_id: 'ZP9', amount: 50_000, description: 'Hoàn tiền', timestamp: 4 }, '2553|ZP9|50000|Hoàn tiền|4'],
    ['refundWithFee', { app_id: 2553, zp_trans_id: 'ZP9', amount: 50_000, refund_fee_amount: 1000, description: 'x', timestamp: 5 }, '2553|ZP9|50000|1000|x|5'],
    ['queryRefund', { app_id: 2553, m_refund_id: '261121_2553_001', timestamp: 6 }, '2553|261121_2553_001|6'],
  ] as const)('%s mac', (operation, fields, joined) => {
    expect(macOver('key1-test', fields, macFieldsFor[operation])).toBe(hmacHex('key1-test', joined));
    expect(hitechpayMac('key1-test', joined.split('|'))).toBe(hmacHex('key1-test', joined));
  });
});

describe('SmilePayz', () => {
  const body = JSON.stringify({ orderNo: 'PB261121ABC12300001', purpose: 'Salary', money: { currency: 'VND', amount: 150000 } });
  const timestamp = '2026-11-21T13:05:09+07:00';

  it('X-SIGNATURE: SHA256withRSA over timestamp|merchantSecret|body, base64', () => {
    const expected = rsa(`${timestamp}|ms-secret|${body}`);
    expect(smilepayzSignature(merchantKey, timestamp, 'ms-secret', body)).toBe(expected);
    expect(verifySmilepayzSignature(merchantPublic, timestamp, 'ms-secret', body, expected)).toBe(true);
    expect(verifySmilepayzSignature(merchantPublic, timestamp, 'ms-secret', body.replace('150000', '150001'), expected)).toBe(false);
  });

  it('callback: SHA256withRSA over tradeNo|timestamp with the platform key', () => {
    const signature = rsa(`T123|${timestamp}`, platformKey);
    expect(verifySmilepayzCallback(platformPublic, 'T123', timestamp, signature)).toBe(true);
    expect(verifySmilepayzCallback(platformPublic, 'T124', timestamp, signature)).toBe(false);
  });

  it('timestamps in Vietnam time, whatever the clock zone', () => {
    expect(smilepayzTimestamp(new Date('2026-11-21T06:05:09Z'))).toBe('2026-11-21T13:05:09+07:00');
    expect(smilepayzTimestamp(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01T03:00:00+07:00');
  });
});

describe('HaiPay', () => {
  const params = { appId: 1102, orderId: 'PB1', amount: '1500.50', accountType: 'BANK_ACCOUNT', bankCode: 'KBANK', accountNo: '0123456789', name: 'Somchai Jaidee', phone: '0812345678', email: 'a@b.co', partnerUserId: 'EMP-1', notifyUrl: '', subject: undefined };

  it('string to sign: non-empty params except sign, ASCII-sorted, k=v&…, then &key=secret', () => {
    const expected = 'accountNo=0123456789&accountType=BANK_ACCOUNT&amount=1500.50&appId=1102&bankCode=KBANK&email=a@b.co&name=Somchai Jaidee&orderId=PB1&partnerUserId=EMP-1&phone=0812345678&key=hp-secret';
    expect(haipayStringToSign({ ...params, sign: 'ignored' }, 'hp-secret')).toBe(expected);
  });

  it('sign: SHA256withRSA over that string, base64; verified with the other side’s public key', () => {
    const text = 'accountNo=0123456789&accountType=BANK_ACCOUNT&amount=1500.50&appId=1102&bankCode=KBANK&email=a@b.co&name=Somchai Jaidee&orderId=PB1&partnerUserId=EMP-1&phone=0812345678&key=hp-secret';
    expect(haipaySign(merchantKey, params, 'hp-secret')).toBe(rsa(text));
    const response = { orderId: 'PB1', orderNo: 'HP77', status: 1 };
    const signed = { ...response, sign: rsa('orderId=PB1&orderNo=HP77&status=1&key=hp-secret', platformKey) };
    expect(verifyHaipaySign(platformPublic, signed, 'hp-secret')).toBe(true);
    expect(verifyHaipaySign(platformPublic, { ...signed, orderNo: 'HP78' }, 'hp-secret')).toBe(false);
    expect(verifyHaipaySign(platformPublic, response, 'hp-secret')).toBe(false);
  });
});

describe('AppotaPay', () => {
  it('signature: HMAC-SHA256(secret) over every field except signature, sorted k=v&, no URL-encoding', () => {
    const fields = { bankCode: 'TPBANK', accountNo: '132100132400000', accountType: 'account', accountName: 'NGUYEN VAN A', amount: 50000, feeType: 'payer', partnerRefId: 'Partner9999', message: 'ck tien', signature: 'x' };
    const expected = hmacHex('ap-secret', 'accountName=NGUYEN VAN A&accountNo=132100132400000&accountType=account&amount=50000&bankCode=TPBANK&feeType=payer&message=ck tien&partnerRefId=Partner9999');
    expect(appotapaySignature('ap-secret', fields)).toBe(expected);
  });

  it('response signature over amount, appotapayTransId, errorCode, time, transferAmount', () => {
    const response = { amount: 50000, appotapayTransId: 'AP19992831832', errorCode: 0, time: '27-10-2021 10:03:59', transferAmount: 50000 };
    const signature = hmacHex('ap-secret', 'amount=50000&appotapayTransId=AP19992831832&errorCode=0&time=27-10-2021 10:03:59&transferAmount=50000');
    const fields = ['amount', 'appotapayTransId', 'errorCode', 'time', 'transferAmount'];
    expect(verifyAppotapaySignature('ap-secret', { ...response, signature }, fields)).toBe(true);
    expect(verifyAppotapaySignature('ap-secret', { ...response, signature: signature.toUpperCase() }, fields)).toBe(true);
    expect(verifyAppotapaySignature('ap-secret', { ...response, transferAmount: 49000, signature }, fields)).toBe(false);
    expect(verifyAppotapaySignature('ap-secret', response, fields)).toBe(false);
  });

  it('JWT: HS256 with the secret, header {typ, alg, cty}, payload {iss, jti, api_key, exp}', async () => {
    const token = await appotapayJwt('PARTNER', 'API-KEY', 'ap-secret', new Date('2026-11-21T06:00:00Z'), 300);
    const [header, payload, signature] = token.split('.');
    const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    expect(decode(header)).toEqual({ typ: 'JWT', alg: 'HS256', cty: 'appotapay-api;v=1' });
    expect(decode(payload)).toEqual({ iss: 'PARTNER', jti: 'API-KEY-1795240800', api_key: 'API-KEY', exp: 1795241100 });
    expect(signature).toBe(createHmac('sha256', 'ap-secret').update(`${header}.${payload}`).digest('base64url'));
  });
});
