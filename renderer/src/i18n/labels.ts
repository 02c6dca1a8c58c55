import type { PayeeField } from '../../../shared/import/model';
import type { Translator } from '../../../shared/i18n/translator';

/** A payee field's name in the reader's language (`field.<name>`). */
export function fieldLabel(tr: Translator, field: PayeeField): string {
  return tr.maybe(`field.${field}`) ?? field;
}

/** A problem's short name (`problem.<code>`), for buttons and lists; its code while it has none. */
export function problemLabel(tr: Translator, code: string): string {
  return tr.maybe(`problem.${code}`) ?? code.replaceAll('_', ' ');
}
