import { DIMENSION_DEFINITIONS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** A dimension's name in the reader's language; the code itself for a dimension the instrument lacks. */
export function useDimensionLabel(): (code: string) => string {
  const { localize } = useI18n();
  return (code) => {
    const d = DIMENSION_DEFINITIONS.find((x) => x.code === code);
    return d ? localize(d.label) : code;
  };
}
