import { useI18n } from '../i18n/useI18n';
import { continuumLevel } from './levelText';

/** A level as the tables print it, "3 – Cooperation", or a dash when there is none (a draft, or out of range). */
export function useLevelText(): (level: number | null | undefined) => string {
  const { t, localize } = useI18n();
  return (level) => {
    const found = level == null ? undefined : continuumLevel(level);
    return found ? t('levelValue', { level: found.level, name: localize(found.name) }) : '—';
  };
}
