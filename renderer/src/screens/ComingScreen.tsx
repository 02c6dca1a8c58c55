import { useT } from '../i18n/language';

export function ComingScreen({ title, description }: { readonly title: string; readonly description: string }) {
  const tr = useT();
  return (
    <section aria-labelledby="coming-title">
      <h1 id="coming-title">{title}</h1>
      <p className="coming-badge">{tr.t('app.comingBadge')}</p>
      <p>{description}</p>
    </section>
  );
}
