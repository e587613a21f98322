import { useI18n } from '../i18n/useI18n';
import { CheckboxField } from '../ui/CheckboxField';
import { TextField } from '../ui/TextField';
import type { DraftFieldsProps } from './InstrumentCommonFields';
import { CountField, VocabularyChecks } from './VocabularyFields';

/** A joint training: its topic, the agencies, the participants (three numbers), its supporters and length. */
export function TrainingFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t('instFieldTopic')}
          className="field-wide"
          value={draft.topic}
          maxLength={200}
          error={errorOf('topic')}
          onChange={(topic) => {
            onChange({ ...draft, topic });
          }}
        />
        <CountField
          label={t('instFieldDays')}
          hint={t('instOptional')}
          value={draft.days}
          error={errorOf('days')}
          onChange={(days) => {
            onChange({ ...draft, days });
          }}
        />
      </div>
      <ParticipantFields draft={draft} errorOf={errorOf} onChange={onChange} />
      <VocabularyChecks
        label="instFieldAgencies"
        vocabulary="agency"
        selected={draft.agencies}
        error={errorOf('agencies')}
        onChange={(agencies) => {
          onChange({ ...draft, agencies });
        }}
      />
      <VocabularyChecks
        label="instFieldSupportedBy"
        vocabulary="supporter"
        selected={draft.supportedBy}
        error={errorOf('supportedBy')}
        onChange={(supportedBy) => {
          onChange({ ...draft, supportedBy });
        }}
      />
    </>
  );
}

/** A year's INTERPOL access: the year, I-24/7 at headquarters, border points connected, the databases. */
export function InterpolAccessFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-grid">
        <CountField
          label={t('instFieldYear')}
          value={draft.year}
          error={errorOf('year') ?? errorOf('from')}
          onChange={(year) => {
            onChange({ ...draft, year });
          }}
        />
        <CountField
          label={t('instFieldBorderPoints')}
          value={draft.borderPointsConnected}
          error={errorOf('borderPointsConnected')}
          onChange={(borderPointsConnected) => {
            onChange({ ...draft, borderPointsConnected });
          }}
        />
      </div>
      <CheckboxField
        label={t('instFieldI247')}
        checked={draft.i247AtHq}
        onChange={(i247AtHq) => {
          onChange({ ...draft, i247AtHq });
        }}
      />
      <VocabularyChecks
        label="instFieldDatabases"
        vocabulary="database"
        selected={draft.databases}
        error={errorOf('databases')}
        onChange={(databases) => {
          onChange({ ...draft, databases });
        }}
      />
    </>
  );
}

/** The participants: customs, police and others, three numbers. */
function ParticipantFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  const groups = [
    ['customs', 'instParticipantsCustoms'],
    ['police', 'instParticipantsPolice'],
    ['other', 'instParticipantsOther'],
  ] as const;
  return (
    <fieldset className="field-group">
      <legend>{t('instFieldParticipants')}</legend>
      <div className="form-grid">
        {groups.map(([group, label]) => (
          <CountField
            key={group}
            label={t(label)}
            value={draft.participants[group]}
            error={errorOf(`participants.${group}`)}
            onChange={(value) => {
              onChange({ ...draft, participants: { ...draft.participants, [group]: value } });
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
