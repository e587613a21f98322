import { useI18n } from '../i18n/useI18n';
import { TextField } from '../ui/TextField';
import type { DraftFieldsProps } from './InstrumentCommonFields';
import { InterpolAccessFields, TrainingFields } from './InstrumentMoreFields';
import { MeetingRows } from './MeetingRows';
import { CountField, VocabularyChecks, VocabularyChoice } from './VocabularyFields';

/** The fields of the draft's kind. */
export function InstrumentKindFields(props: DraftFieldsProps) {
  switch (props.draft.kind) {
    case 'agreement':
      return <AgreementFields {...props} />;
    case 'committee':
      return <CommitteeFields {...props} />;
    case 'liaison_officer':
      return <LiaisonFields {...props} />;
    case 'training':
      return <TrainingFields {...props} />;
    case 'joint_unit':
      return <JointUnitFields {...props} />;
    case 'interpol_access':
      return <InterpolAccessFields {...props} />;
  }
}

function AgreementFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-grid">
        <VocabularyChoice
          label="instFieldAgreementType"
          vocabulary="agreementType"
          value={draft.agreementType}
          error={errorOf('agreementType')}
          onChange={(agreementType) => {
            onChange({ ...draft, agreementType });
          }}
        />
        <TextField
          label={t('instFieldReference')}
          hint={t('instOptional')}
          value={draft.reference}
          maxLength={200}
          error={errorOf('reference')}
          onChange={(reference) => {
            onChange({ ...draft, reference });
          }}
        />
      </div>
      <VocabularyChecks
        label="instFieldParties"
        vocabulary="agency"
        selected={draft.parties}
        error={errorOf('parties')}
        onChange={(parties) => {
          onChange({ ...draft, parties });
        }}
      />
      <VocabularyChecks
        label="instFieldScope"
        vocabulary="scope"
        selected={draft.scope}
        error={errorOf('scope')}
        onChange={(scope) => {
          onChange({ ...draft, scope });
        }}
      />
    </>
  );
}

function AgenciesField({ draft, errorOf, onChange }: DraftFieldsProps) {
  return (
    <VocabularyChecks
      label="instFieldAgencies"
      vocabulary="agency"
      selected={draft.agencies}
      error={errorOf('agencies')}
      onChange={(agencies) => {
        onChange({ ...draft, agencies });
      }}
    />
  );
}

function CommitteeFields(props: DraftFieldsProps) {
  const { draft, errorOf, onChange } = props;
  return (
    <>
      <div className="form-grid">
        <VocabularyChoice
          label="instFieldLevel"
          vocabulary="level"
          value={draft.level}
          error={errorOf('level')}
          onChange={(level) => {
            onChange({ ...draft, level });
          }}
        />
        <VocabularyChoice
          label="instFieldChair"
          vocabulary="agency"
          noneLabel="instNoChair"
          value={draft.chair}
          error={errorOf('chair')}
          onChange={(chair) => {
            onChange({ ...draft, chair });
          }}
        />
      </div>
      <AgenciesField {...props} />
      <MeetingRows
        meetings={draft.meetings}
        errorOf={errorOf}
        onChange={(meetings) => {
          onChange({ ...draft, meetings });
        }}
      />
    </>
  );
}

function LiaisonFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <VocabularyChoice
        label="instFieldDirection"
        vocabulary="direction"
        value={draft.direction}
        error={errorOf('direction')}
        onChange={(direction) => {
          onChange({ ...draft, direction });
        }}
      />
      <TextField
        label={t('instFieldHost')}
        value={draft.host}
        maxLength={200}
        error={errorOf('host')}
        onChange={(host) => {
          onChange({ ...draft, host });
        }}
      />
      <CountField
        label={t('instFieldOfficers')}
        value={draft.officers}
        error={errorOf('officers')}
        onChange={(officers) => {
          onChange({ ...draft, officers });
        }}
      />
    </div>
  );
}

function JointUnitFields(props: DraftFieldsProps) {
  const { draft, errorOf, onChange } = props;
  const { t } = useI18n();
  return (
    <>
      <div className="form-grid">
        <VocabularyChoice
          label="instFieldUnitType"
          vocabulary="unitType"
          value={draft.unitType}
          error={errorOf('unitType')}
          onChange={(unitType) => {
            onChange({ ...draft, unitType });
          }}
        />
        <TextField
          label={t('instFieldSite')}
          hint={t('instFieldSiteHint')}
          value={draft.site}
          maxLength={120}
          error={errorOf('site')}
          onChange={(site) => {
            onChange({ ...draft, site });
          }}
        />
        <CountField
          label={t('instFieldStaff')}
          hint={t('instOptional')}
          value={draft.staff}
          error={errorOf('staff')}
          onChange={(staff) => {
            onChange({ ...draft, staff });
          }}
        />
      </div>
      <AgenciesField {...props} />
    </>
  );
}
