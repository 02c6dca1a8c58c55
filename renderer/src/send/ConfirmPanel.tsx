import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = {
  readonly title: string;
  readonly children: ReactNode;
  readonly yes: string;
  readonly no: string;
  readonly onYes: () => void;
  readonly onNo: () => void;
  /** A question about real money or stopping a batch: drawn as a warning. */
  readonly danger?: boolean;
  readonly testId: string;
};

/**
 * A question asked in the page rather than in a browser dialog: read out when it opens (the
 * keyboard moves to its safe answer), answered with Tab and Enter, put away with Escape.
 */
export function ConfirmPanel({ title, children, yes, no, onYes, onNo, danger = false, testId }: Props) {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      className={`confirm${danger ? ' danger' : ''}`}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onNo();
        }
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <div id={`${id}-text`}>{children}</div>
      <div className="actions">
        <button type="button" className="primary" onClick={onYes}>
          {yes}
        </button>
        <button type="button" ref={safe} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
