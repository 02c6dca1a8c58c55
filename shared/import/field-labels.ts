import type { PayeeField } from './model.js';

/** Each payee field as the accountant reads it (English until the language issue lands). */
export const payeeFieldLabels: Readonly<Record<PayeeField, string>> = {
  name: 'Name',
  accountNo: 'Account number',
  accountType: 'Account type',
  bank: 'Bank',
  amount: 'Amount',
  phone: 'Phone',
  email: 'Email',
  description: 'Description',
  reference: 'Reference',
  partnerUserId: 'Employee / user ID',
};
