import { messages } from '../entry.js';

/** A sent batch's unpaid rows written back as a sheet (batch.unsent): the note column and the file's name. */
export const unsentMessages = messages({
  'unsent.whyNotPaid': { en: 'Why not paid', vi: 'Lý do chưa chi', th: 'เหตุที่ยังไม่ได้จ่าย' },
  'unsent.fileSuffix': { en: 'not paid', vi: 'chưa chi', th: 'ยังไม่ได้จ่าย' },
});
