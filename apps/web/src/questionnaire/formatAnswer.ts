import { CONTINUUM_LEVELS, findItem, localize, type Lang } from '@cpc/domain';

export interface AnswerTexts {
  noAnswer: string;
  noneSelected: string;
}

/** Between the options of a multiple answer: Arabic has its own semicolon, which a Latin one looks wrong beside. */
const LIST_SEPARATOR: Record<Lang, string> = { en: '; ', fr: '; ', es: '; ', ar: '\u061b ' };

/**
 * An answer as a reader reads it, in the page language: option labels instead of codes, the level with
 * its continuum name. A value the instrument does not know is shown as it is, never hidden.
 */
export function formatAnswer(code: string, value: unknown, lang: Lang, texts: AnswerTexts): string {
  if (value === null || value === undefined) return texts.noAnswer;
  const item = findItem(code);
  const label = (optionCode: string) => {
    const option = item?.options.find((o) => o.code === optionCode);
    return option ? localize(option.label, lang) : optionCode;
  };
  if (Array.isArray(value)) {
    return value.length === 0 ? texts.noneSelected : value.map((v) => label(String(v))).join(LIST_SEPARATOR[lang]);
  }
  if (item?.type === 'level' && typeof value === 'number') {
    const level = CONTINUUM_LEVELS.find((l) => l.level === value);
    return level ? `${value} — ${localize(level.name, lang)}` : String(value);
  }
  if (typeof value === 'string') return item && item.options.length > 0 ? label(value) : value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
