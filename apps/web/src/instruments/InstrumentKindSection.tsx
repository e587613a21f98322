import { useId, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Instrument, InstrumentKind } from '@cpc/domain';
import { instrumentKeys } from '../api/instrumentQueries';
import { useI18n } from '../i18n/useI18n';
import { emptyInstrumentDraft, instrumentDraftOf } from './instrumentDraft';
import { InstrumentForm } from './InstrumentForm';
import { InstrumentTable } from './InstrumentTable';

interface InstrumentKindSectionProps {
  kind: InstrumentKind;
  instruments: readonly Instrument[];
  country: string;
  canManage: boolean;
  today: string;
  onNotice: (notice: string | null) => void;
}

/** Which form is open in a section: none, a new instrument, or one being edited. */
type Editing = { mode: 'none' } | { mode: 'new' } | { mode: 'edit'; id: string };

/** Which form a section shows, the instrument edited (as the list now holds it), and the list's refresh. */
function useKindEditing(instruments: readonly Instrument[], onNotice: (notice: string | null) => void) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  return {
    editing,
    edited: editing.mode === 'edit' ? instruments.find((i) => i.id === editing.id) : undefined,
    startEditing: (next: Editing) => {
      onNotice(null);
      setEditing(next);
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  };
}

/** One kind of the register: its instruments, and (for those who keep it) the form to add or edit one. */
export function InstrumentKindSection(props: InstrumentKindSectionProps) {
  const { kind, instruments, country, canManage, today, onNotice } = props;
  const { t } = useI18n();
  const headingId = useId();
  const { editing, edited, startEditing, refresh } = useKindEditing(instruments, onNotice);

  return (
    <section className="instrument-kind" aria-labelledby={headingId} data-kind={kind}>
      <KindHeading kind={kind} headingId={headingId} count={instruments.length}>
        {canManage && editing.mode === 'none' && (
          <button
            type="button"
            className="button button-small"
            data-testid={`add-${kind}`}
            onClick={() => {
              startEditing({ mode: 'new' });
            }}
          >
            {t('instAddKind', { kind: t(`instKindOne_${kind}`) })}
          </button>
        )}
      </KindHeading>
      <InstrumentTable
        instruments={instruments}
        kind={kind}
        canManage={canManage}
        today={today}
        onEdit={(id) => {
          startEditing({ mode: 'edit', id });
        }}
        onDeleted={(title) => {
          onNotice(t('instDeleted', { title }));
          void refresh();
        }}
      />
      {(editing.mode === 'new' || edited) && (
        <KindForm
          kind={kind}
          country={country}
          today={today}
          edited={edited}
          onClose={() => {
            startEditing({ mode: 'none' });
          }}
          onNotice={onNotice}
          refresh={refresh}
        />
      )}
    </section>
  );
}

interface KindHeadingProps {
  kind: InstrumentKind;
  headingId: string;
  count: number;
  /** The button that adds an instrument of the kind, for those who keep the register. */
  children: ReactNode;
}

function KindHeading({ kind, headingId, count, children }: KindHeadingProps) {
  const { t } = useI18n();
  return (
    <div className="section-heading">
      <h2 id={headingId}>{t(`instKind_${kind}`)}</h2>
      <span className="muted">{t('instCount', { count })}</span>
      {children}
    </div>
  );
}

interface KindFormProps {
  kind: InstrumentKind;
  country: string;
  today: string;
  /** The instrument edited, at the version the list holds; absent for a new one. */
  edited: Instrument | undefined;
  onClose: () => void;
  onNotice: (notice: string | null) => void;
  refresh: () => Promise<void>;
}

function KindForm({ kind, country, today, edited, onClose, onNotice, refresh }: KindFormProps) {
  const { t } = useI18n();
  return (
    <InstrumentForm
      // A new version (after someone else's save) opens a fresh form on it.
      key={edited ? `${edited.id}-${edited.version}` : 'new'}
      initial={edited ? instrumentDraftOf(edited) : emptyInstrumentDraft(kind, country, Number(today.slice(0, 4)))}
      editing={edited}
      onSaved={(saved) => {
        onClose();
        onNotice(t('instSaved', { title: saved.title }));
        void refresh();
      }}
      onStale={() => {
        void refresh().then(() => {
          onNotice(t('instStale'));
        });
      }}
      onCancel={onClose}
    />
  );
}
