import type { Db } from './database.js';

/** Which files were imported before, by content: the same payroll imported twice is flagged. */
export function createImportLog(db: Db) {
  const earlier = db.prepare<[string], { file_name: string; rows: number; imported_at: string }>('SELECT file_name, rows, imported_at FROM imported_file WHERE content_hash = ? ORDER BY imported_at');
  const insert = db.prepare('INSERT INTO imported_file (content_hash, file_name, rows, imported_at) VALUES (?, ?, ?, ?)');
  return {
    /** Records this import and returns the earlier ones of the same content. */
    record(contentHash: string, fileName: string, rows: number) {
      const previous = earlier.all(contentHash).map((r) => ({ fileName: r.file_name, rows: r.rows, importedAt: r.imported_at }));
      insert.run(contentHash, fileName, rows, new Date().toISOString());
      return { previous };
    },
  };
}
