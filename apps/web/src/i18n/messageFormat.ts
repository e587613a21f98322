import { intlLocale } from '@cpc/domain';
import type { Lang } from './languages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message in the ICU subset the dictionaries use: `{name}` placeholders and
 * `{count, plural, =0 {none} one {# case} other {# cases}}`, where a branch is `=N` (an exact number, tried first)
 * or a CLDR category (zero, one, two, few, many, other; `other` is required) and `#` is the number in the locale.
 */
type Part =
  | { kind: 'text'; text: string }
  | { kind: 'argument'; name: string }
  | { kind: 'number' }
  | { kind: 'plural'; name: string; branches: ReadonlyMap<string, readonly Part[]> };

const PLURAL_SELECTOR = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;
const ARGUMENT_START = /^\{\s*(\w+)\s*(\}|,\s*plural\s*,)/;

class MessageParser {
  private pos = 0;

  constructor(private readonly source: string) {}

  parse(): Part[] {
    const parts = this.parts(false);
    if (this.pos < this.source.length) throw this.error('unexpected "}"');
    return parts;
  }

  /** Text up to the end of the message, or of the plural branch we are in (its closing brace is left unread). */
  private parts(inBranch: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.source.length) {
      const char = this.source.charAt(this.pos);
      if (char === '}' && inBranch) break;
      const argument = char === '{' ? this.argument() : null;
      if (argument) {
        flush();
        parts.push(argument);
      } else if (char === '#' && inBranch) {
        flush();
        parts.push({ kind: 'number' });
        this.pos++;
      } else {
        text += char;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  /** `{name}` or `{name, plural, …}` at the cursor; null for a brace that opens neither (kept as text). */
  private argument(): Part | null {
    const match = ARGUMENT_START.exec(this.source.slice(this.pos));
    if (!match) return null;
    const [whole, name = '', end] = match;
    this.pos += whole.length;
    if (end === '}') return { kind: 'argument', name };
    const branches = new Map<string, Part[]>();
    for (;;) {
      const rest = this.source.slice(this.pos);
      const close = /^\s*\}/.exec(rest);
      if (close) {
        this.pos += close[0].length;
        break;
      }
      const selector = PLURAL_SELECTOR.exec(rest);
      if (!selector) throw this.error(`a plural branch of {${name}} must start with =N or a plural category`);
      this.pos += selector[0].length;
      branches.set(selector[1] ?? '', this.parts(true));
      if (this.source.charAt(this.pos) !== '}') throw this.error(`unclosed plural branch of {${name}}`);
      this.pos++;
    }
    if (!branches.has('other')) throw this.error(`the plural {${name}} has no "other" branch`);
    return { kind: 'plural', name, branches };
  }

  private error(problem: string): Error {
    return new Error(`Message "${this.source}", at ${this.pos}: ${problem}`);
  }
}

/** Parses a message; throws on a malformed plural (the dictionaries' test parses every message). */
export function parseMessage(source: string): readonly Part[] {
  return new MessageParser(source).parse();
}

/** The names of a message's arguments, placeholders and plurals alike, each once, sorted. */
export function messageArguments(source: string): string[] {
  const names = new Set<string>();
  const visit = (parts: readonly Part[]) => {
    for (const part of parts) {
      if (part.kind === 'argument' || part.kind === 'plural') names.add(part.name);
      if (part.kind === 'plural') for (const branch of part.branches.values()) visit(branch);
    }
  };
  visit(parseMessage(source));
  return [...names].sort();
}

const cache = new Map<string, readonly Part[]>();

function parsedMessage(source: string): readonly Part[] {
  let parts = cache.get(source);
  if (!parts) {
    parts = parseMessage(source);
    cache.set(source, parts);
  }
  return parts;
}

interface Locale {
  rules: Intl.PluralRules;
  number: Intl.NumberFormat;
}

const locales = new Map<Lang, Locale>();

function localeOf(lang: Lang): Locale {
  let locale = locales.get(lang);
  if (!locale) {
    const tag = intlLocale(lang);
    locale = { rules: new Intl.PluralRules(tag), number: new Intl.NumberFormat(tag) };
    locales.set(lang, locale);
  }
  return locale;
}

/** The count a plural selects on: a number, or a string of plain digits; else null (the `other` branch). */
function countOf(value: string | number | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value !== undefined && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
}

function pluralBranch(part: Extract<Part, { kind: 'plural' }>, count: number | null, locale: Locale) {
  const other = part.branches.get('other') ?? [];
  if (count === null) return other;
  return part.branches.get(`=${count}`) ?? part.branches.get(locale.rules.select(count)) ?? other;
}

function render(parts: readonly Part[], params: MessageParams, lang: Lang, number: string | null): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'number') out += number ?? '#';
    else if (part.kind === 'argument') {
      const value = params[part.name];
      out += value === undefined ? `{${part.name}}` : String(value);
    } else {
      const value = params[part.name];
      const count = countOf(value);
      const locale = localeOf(lang);
      const shown = count === null ? String(value ?? `{${part.name}}`) : locale.number.format(count);
      out += render(pluralBranch(part, count, locale), params, lang, shown);
    }
  }
  return out;
}

/**
 * The message with its arguments filled in `lang`: a plural picks its branch by Intl.PluralRules, `#` is the count
 * formatted for the locale. An unknown placeholder stays visible, so that a missing parameter is noticed.
 */
export function formatMessage(source: string, params: MessageParams, lang: Lang): string {
  return render(parsedMessage(source), params, lang, null);
}
