import type { CsvPreview } from '../../../shared/import/csv-preview';

export type PreviewRequest = { readonly file: File; readonly limit: number };

export type PreviewReply =
  | { readonly kind: 'done'; readonly fileName: string; readonly preview: CsvPreview }
  | { readonly kind: 'error'; readonly fileName: string; readonly message: string };
