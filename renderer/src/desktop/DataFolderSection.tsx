import { useEffect, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { useT } from '../i18n/language';
import { desktopBridge } from './desktop';

/**
 * Where this Paybatch keeps its books (batches, the send journal, the audit log), so the
 * accountant can back it up, and in the desktop app a button that opens it.
 */
export function DataFolderSection({ bridge }: { readonly bridge: PaybatchBridge }) {
  const tr = useT();
  const [dataDir, setDataDir] = useState<string | null>(null);
  const [notOpened, setNotOpened] = useState(false);
  const desktop = desktopBridge();
  useEffect(() => {
    void bridge['app.info']({}).then((info) => setDataDir(info.ok ? info.value.dataDir : null));
  }, [bridge]);
  const show = async () => {
    const opened = await desktop?.['desktop.showDataFolder']({});
    setNotOpened(!opened?.ok || !opened.value.opened);
  };
  return (
    <section aria-labelledby="data-folder-title" data-testid="data-folder">
      <h2 id="data-folder-title">{tr.t('settings.data.title')}</h2>
      <p className="hint">{tr.t('settings.data.hint')}</p>
      <p>
        <code data-testid="data-folder-path">{dataDir ?? tr.t('settings.loading')}</code>
        {desktop && dataDir ? (
          <>
            {' '}
            <button type="button" onClick={() => void show()} data-testid="data-folder-show">
              {tr.t('settings.data.show')}
            </button>
          </>
        ) : null}
      </p>
      {notOpened && (
        <p role="alert" className="banner error">
          {tr.t('settings.data.notOpened')}
        </p>
      )}
    </section>
  );
}
