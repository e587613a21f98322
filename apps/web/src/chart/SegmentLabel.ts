import { CONTINUUM_LEVELS } from '@cpc/domain';
import type { SegmentKey } from '../analytics/levelRows';
import type { I18n } from '../i18n/I18nContext';

/** "Level 3: Cooperation", "Withheld (fewer than 3)", "Not assessed". */
export function segmentLabel(key: SegmentKey, { t, localize }: Pick<I18n, 't' | 'localize'>): string {
  if (key === 'withheld') return t('withheldShort');
  if (key === 'notAssessed') return t('notAssessed');
  const level = CONTINUUM_LEVELS.find((l) => l.level === Number(key));
  return t('levelOption', { level: key, name: level ? localize(level.name) : '' });
}
