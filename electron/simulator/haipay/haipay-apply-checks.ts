import { haipayBankCodes } from '../../../shared/banks/codes/haipay-bank-codes.js';
import { thailandBanks } from '../../../shared/banks/thailand-banks.js';
import { applyRules, channelCodeMissing, standInErrors } from './haipay-sim-wire.js';

/**
 * Which of HaiPay's codes are e-wallets and which banks: from the one table of HaiPay's codes
 * and the kind the Thai directory gives each institution.
 */
function codesByKind(): { wallets: ReadonlySet<string>; banks: ReadonlySet<string> } {
  const wallets = new Set<string>();
  const banks = new Set<string>();
  for (const [institution, code] of Object.entries(haipayBankCodes)) {
    const kind = thailandBanks.find((entry) => entry.id === institution)?.kind;
    if (kind === 'wallet') wallets.add(code);
    else if (kind === 'bank') banks.add(code);
  }
  return { wallets, banks };
}

const known = codesByKind();

export type ApplyRefusal = { readonly error: string; readonly msg: string };

/**
 * The seed's rules for pay/apply, and two of our reading: an amount of 0.00 pays nothing, and an
 * account type must match what its bankCode is (an e-wallet is not paid through a bank's code).
 */
export function applyRefusal(params: Readonly<Record<string, unknown>>): ApplyRefusal | null {
  const text = (name: string) => (typeof params[name] === 'string' ? params[name] : '');
  const orderId = text('orderId');
  const amount = text('amount');
  const accountType = text('accountType');
  const bankCode = text('bankCode');
  const notifyUrl = params['notifyUrl'];
  const problems = [
    (orderId === '' || orderId.length > applyRules.orderIdMax) && `orderId required, at most ${applyRules.orderIdMax}`,
    !applyRules.amount.test(amount) && 'amount must match ^\\d+\\.\\d{2}$',
    applyRules.amount.test(amount) && /^0+\.00$/.test(amount) && 'amount must be more than 0.00',
    !(applyRules.accountTypes as readonly string[]).includes(accountType) && 'accountType must be EWALLET or BANK_ACCOUNT',
    bankCode === '' && 'bankCode required',
    text('accountNo') === '' && 'accountNo required',
    !(text('name').length >= 1 && text('name').length <= applyRules.nameMax && applyRules.name.test(text('name'))) && 'name must be 1-30 English letters',
    !applyRules.phone.test(text('phone')) && 'phone must be 0 and 9 digits',
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text('email')) && 'email invalid',
    !applyRules.partnerUserId.test(text('partnerUserId')) && 'partnerUserId invalid',
    notifyUrl !== undefined && notifyUrl !== '' && !isUri(notifyUrl) && 'notifyUrl must be a URL',
    ['subject', 'body'].some((name) => params[name] !== undefined && typeof params[name] !== 'string') && 'subject and body are text',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) return { error: standInErrors.badParams, msg: problems.join('; ') };
  if (!known.wallets.has(bankCode) && !known.banks.has(bankCode)) return channelCodeMissing;
  if (accountType === 'EWALLET' && !known.wallets.has(bankCode)) return { error: standInErrors.badParams, msg: `bankCode ${bankCode} is not an e-wallet` };
  if (accountType === 'BANK_ACCOUNT' && !known.banks.has(bankCode)) return { error: standInErrors.badParams, msg: `bankCode ${bankCode} is not a bank` };
  return null;
}

function isUri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return Boolean(new URL(value).protocol);
  } catch {
    return false;
  }
}
