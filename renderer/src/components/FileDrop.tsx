import { useState, type DragEvent } from 'react';
import { useT } from '../i18n/language';

/** Drop a file or pick one; nothing is read here, the file goes straight to the worker. */
export function FileDrop({ onFile }: { readonly onFile: (file: File) => void }) {
  const tr = useT();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <label
      className={`dropzone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <span>{tr.t('import.drop.hint')}</span>
      <span className="button">{tr.t('import.drop.choose')}</span>
      <input
        type="file"
        accept=".xlsx,.csv,.txt,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
    </label>
  );
}
