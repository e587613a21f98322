import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

interface TableToggleProps {
  /** Names the chart in the button, e.g. "Show Governance as a table". */
  subject?: string;
  children: ReactNode;
  testId?: string;
}

/** The "show as table" disclosure under every chart: the same figures, as a table. */
export function TableToggle({ subject, children, testId }: TableToggleProps) {
  const { t } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const label = open ? t('hideTable') : t('showTable');
  return (
    <div className="table-toggle">
      <button
        type="button"
        className="button button-secondary button-small table-toggle-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {label}
        {subject && <span className="visually-hidden">: {subject}</span>}
      </button>
      <div id={panelId} className="table-toggle-panel" hidden={!open} data-testid={testId}>
        {open && children}
      </div>
    </div>
  );
}
