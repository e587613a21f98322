import type { MessageKey, Messages } from './en';
import type { Lang } from './languages';
import { formatMessage, type MessageParams } from './messageFormat';

export type { MessageParams };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function interpolate(template: string, params: MessageParams = {}, lang: Lang = 'en'): string {
  return formatMessage(template, params, lang);
}

/** The message `key` in `messages`'s language `lang`, with its placeholders and plurals filled. */
export function translate(messages: Messages, key: MessageKey, params: MessageParams = {}, lang: Lang): string {
  return formatMessage(messages[key], params, lang);
}
