import { useId } from 'react';
import type { CountryResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { CountryMultiSelect } from './CountryMultiSelect';
import { NAME_MAX_LENGTH, type RegionDraft } from './groupingDraft';
import { TextField } from '../ui/TextField';

interface RegionFieldsProps {
  region: RegionDraft;
  index: number;
  countries: readonly CountryResponse[];
  heldElsewhere: ReadonlyMap<string, string>;
  /** Messages by field: "code", "name", "members". */
  errors: Readonly<Record<string, string | undefined>>;
  onChange: (region: RegionDraft) => void;
  onRemove: (() => void) | null;
}

/** One region of the grouping: its code, its names and its members. */
export function RegionFields({
  region,
  index,
  countries,
  heldElsewhere,
  errors,
  onChange,
  onRemove,
}: RegionFieldsProps) {
  const { t } = useI18n();
  const membersErrorId = useId();
  const label = region.code.trim() || t('groupingRegionNumber', { number: index + 1 });
  return (
    <fieldset className="region-fields" data-region-index={index}>
      <legend>{t('groupingRegionLegend', { region: label })}</legend>
      <RegionNameFields region={region} errors={errors} onChange={onChange} />
      <CountryMultiSelect
        legend={t('groupingMembers', { region: label, count: region.members.length })}
        chosenLabel={t('groupingChosen', { region: label })}
        countries={countries}
        selected={region.members}
        heldElsewhere={heldElsewhere}
        invalid={errors.members !== undefined}
        errorId={errors.members ? membersErrorId : undefined}
        onChange={(members) => {
          onChange({ ...region, members });
        }}
      />
      {errors.members && (
        <p id={membersErrorId} className="field-error">
          {errors.members}
        </p>
      )}
      {onRemove && (
        <button type="button" className="button button-secondary button-small" onClick={onRemove}>
          {t('groupingRemoveRegion', { region: label })}
        </button>
      )}
    </fieldset>
  );
}

interface RegionNameFieldsProps {
  region: RegionDraft;
  errors: Readonly<Record<string, string | undefined>>;
  onChange: (region: RegionDraft) => void;
}

/** The region's code and its names in both languages. */
function RegionNameFields({ region, errors, onChange }: RegionNameFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="region-fields-row">
      <TextField
        label={t('groupingRegionCode')}
        hint={t('groupingRegionCodeHint')}
        value={region.code}
        maxLength={24}
        error={errors.code}
        onChange={(code) => {
          onChange({ ...region, code });
        }}
      />
      <TextField
        label={t('groupingNameEn')}
        value={region.nameEn}
        maxLength={NAME_MAX_LENGTH}
        error={errors.name}
        onChange={(nameEn) => {
          onChange({ ...region, nameEn });
        }}
      />
      <TextField
        label={t('groupingNameFr')}
        hint={t('groupingNameFrHint')}
        value={region.nameFr}
        maxLength={NAME_MAX_LENGTH}
        onChange={(nameFr) => {
          onChange({ ...region, nameFr });
        }}
      />
    </div>
  );
}
