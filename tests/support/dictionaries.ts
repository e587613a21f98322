/**
 * The web app's UI strings, read from its dictionary sources (apps/web/src/i18n/<lang>.ts and
 * *.<lang>.ts) rather than imported: the web is a bundler project, these tests are Node's. A browser test
 * can then ask whether a page still shows an English sentence where its language has its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './app-process.js';

const I18N = join(REPO_ROOT, 'apps/web/src/i18n');
/** `key: 'text',` on one line or with the text on the next; concatenated texts are left out. */
const ENTRY = /^\s+(\w+):\s+'((?:[^'\\\n]|\\.)*)',?[ \t]*$/gm;

export type UiLang = 'en' | 'fr' | 'es' | 'ar';

/** Every single-literal message of a language, by key. */
export function uiMessages(lang: UiLang): Map<string, string> {
  const files = readdirSync(I18N).filter((f) => f === `${lang}.ts` || f.endsWith(`.${lang}.ts`));
  const messages = new Map<string, string>();
  for (const file of files) {
    for (const [, key, text] of readFileSync(join(I18N, file), 'utf8').matchAll(ENTRY)) {
      messages.set(key!, text!.replace(/\\(.)/g, '$1'));
    }
  }
  return messages;
}

/** A message of a language with its placeholders filled, failing loudly when the key is gone. */
export function uiText(lang: UiLang, key: string, params: Record<string, string | number> = {}): string {
  const text = uiMessages(lang).get(key);
  if (text === undefined) throw new Error(`no message ${key} in ${lang}`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The English sentences of the UI that show in `visibleText` although `lang` translates them: whole
 * messages without placeholders, of several words, that the language does not keep as they are.
 */
export function englishLeftIn(visibleText: string, lang: UiLang): string[] {
  const own = uiMessages(lang);
  const ownText = [...own.values()].join('\n');
  const left: string[] = [];
  for (const [key, english] of uiMessages('en')) {
    if (english.includes('{') || english.length < 10 || !english.includes(' ')) continue;
    if (own.get(key) === english || ownText.includes(english)) continue;
    if (visibleText.includes(english)) left.push(`${key}: ${english}`);
  }
  return left;
}
