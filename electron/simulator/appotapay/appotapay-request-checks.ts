import { appotapayPublishedCodes } from '../../../shared/banks/codes/appotapay-bank-codes.js';
import { simErrors, transferRules, type SimError } from './appotapay-sim-wire.js';

type Fields = Readonly<Record<string, unknown>>;

const text = (fields: Fields, name: string): string | null => (typeof fields[name] === 'string' ? fields[name] : null);

/** The account fields both calls carry: bankCode, accountNo, accountType. */
function accountRefusal(fields: Fields): SimError | null {
  const bankCode = text(fields, 'bankCode');
  const accountNo = text(fields, 'accountNo');
  const accountType = text(fields, 'accountType');
  if (bankCode === null || accountNo === null || accountType === null) return simErrors.badRequest;
  if (!appotapayPublishedCodes.has(bankCode)) return simErrors.bankNotSupported;
  if (accountNo.length < transferRules.accountNoLength.min || accountNo.length > transferRules.accountNoLength.max) return simErrors.accountLength;
  if (!(transferRules.accountTypes as readonly string[]).includes(accountType)) return simErrors.accountType;
  return null;
}

/** bank/account/info: bankCode, accountNo, accountType and partnerRefId, all required. */
export function accountInfoRefusal(fields: Fields): SimError | null {
  if (!text(fields, 'partnerRefId')) return simErrors.badRequest;
  return accountRefusal(fields);
}

/** transfer/make: the seed's field rules. Optional fields are checked only when sent. */
export function transferRefusal(fields: Fields): SimError | null {
  const accountName = text(fields, 'accountName');
  const feeType = text(fields, 'feeType');
  const message = fields['message'];
  const amount = fields['amount'];
  if (accountName === null || feeType === null || !text(fields, 'partnerRefId') || amount === undefined) return simErrors.badRequest;
  const account = accountRefusal(fields);
  if (account) return account;
  if (!transferRules.accountName.test(accountName)) return simErrors.accountNameFormat;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return simErrors.badAmount;
  if (!(transferRules.feeTypes as readonly string[]).includes(feeType)) return simErrors.feePayer;
  if (message !== undefined && (typeof message !== 'string' || message.length > transferRules.messageMax || !transferRules.message.test(message))) return simErrors.badRequest;
  for (const name of ['customerPhoneNumber', 'contractNumber', 'channel', 'bankId']) if (fields[name] !== undefined && typeof fields[name] !== 'string') return simErrors.badRequest;
  if (fields['channel'] === transferRules.citadChannel && !text(fields, 'bankId')) return simErrors.badRequest;
  return null;
}
