import type { MethodInput, MethodName } from '../../shared/api.js';

/** One valid input per contract method; a method added without one fails to compile here. */
export const sampleInputs: { readonly [M in MethodName]: MethodInput<M> } = {
  'app.info': {},
  'mapping.find': { signature: 'ho va ten|so tai khoan|so tien' },
  'mapping.save': { signature: 'ho va ten|so tai khoan|so tien', columns: { name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' } },
};
