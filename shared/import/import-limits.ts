import { ImportFailure } from './import-failure.js';

/** More rows than a payroll has; a larger sheet is stopped at this row while it is read. */
export const maxRows = 500_000;

/**
 * The largest file read at all, checked before it is read into memory: a 500,000-row CSV is
 * about 50 MB, and a workbook is a compressed fraction of that.
 */
export const maxFileBytes = 100 * 1024 * 1024;

export function tooManyRows(name: string): ImportFailure {
  return new ImportFailure('too_many_rows', `${name} has more than ${maxRows.toLocaleString('en-US')} rows; Paybatch imports at most ${maxRows.toLocaleString('en-US')} at a time. Split the payroll into smaller files.`, undefined, { file: name, max: maxRows });
}

export function fileTooLarge(name: string, bytes: number): ImportFailure {
  const mb = (n: number, places = 0) => `${(n / 1024 / 1024).toFixed(places)} MB`;
  return new ImportFailure('file_too_large', `${name} is ${mb(bytes, 1)}; Paybatch reads payroll files of up to ${mb(maxFileBytes)} (about 500,000 rows). Check that this is the payroll, or split it into smaller files.`, undefined, {
    file: name,
    megabytes: Number((bytes / 1024 / 1024).toFixed(1)),
    maxMegabytes: maxFileBytes / 1024 / 1024,
  });
}
