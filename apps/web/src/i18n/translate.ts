import type { Localized } from '@cpc/domain';
import type { Lang } from './languages';
import type { MessageKey, Messages } from './en';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  return interpolate(messages[key], params);
}

/** Picks the text of a domain object in the page language, falling back to English where a translation is blank. */
export function pickLocalized(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
