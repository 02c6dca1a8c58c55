import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appotapaySignature, appotapayStringToSign } from '../../../../electron/engine/providers/appotapay/appotapay-sign.js';
import { simSign, simStringToSign } from '../../../../electron/simulator/appotapay/appotapay-sim-sign.js';
import { appotapayExample, documentedStringToSign } from '../../../support/appotapay-examples.js';

const requests = ['transfer.request.json', 'transfer-sandbox.request.json', 'account-info.request.json'] as const;

describe('AppotaPay request signature: the documented examples (docs.appotapay.com firm-banking/security)', () => {
  it.each(requests)('%s: the client signs exactly the documented string', (name) => {
    const example = appotapayExample(name);
    expect(appotapayStringToSign(example)).toBe(documentedStringToSign(name));
    expect(appotapaySignature('ap-secret', example)).toBe(createHmac('sha256', 'ap-secret').update(documentedStringToSign(name)).digest('hex'));
  });

  it.each(requests)('%s: the simulator, with its own code, reads the same string', (name) => {
    const example = appotapayExample(name);
    expect(simStringToSign(example)).toBe(documentedStringToSign(name));
    expect(simSign('ap-secret', example)).toBe(appotapaySignature('ap-secret', example));
  });

  it('an optional field that is not sent is not signed, on both sides (our reading, unconfirmed)', () => {
    const { bankId: _bankId, channel: _channel, contractNumber: _contract, customerPhoneNumber: _phone, ...withoutOptional } = appotapayExample('transfer.request.json');
    const expected = 'accountName=NGUYEN VAN A&accountNo=132100132400000&accountType=account&amount=50000&bankCode=TPBANK&feeType=payer&message=ck tien&partnerRefId=Partner9999';
    expect(appotapayStringToSign(withoutOptional)).toBe(expected);
    expect(simStringToSign(withoutOptional)).toBe(expected);
  });

  it('values are signed as written, without URL-encoding', () => {
    expect(appotapayStringToSign({ message: 'a b&c=d', accountName: 'NGUYEN VAN A' })).toBe('accountName=NGUYEN VAN A&message=a b&c=d');
  });
});
