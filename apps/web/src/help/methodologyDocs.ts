import type { Lang } from '../i18n/languages';
// The reference text and its translations, bundled at build time (docs/ is in the workspace Vite serves and builds from).
import methodologyAr from '../../../../docs/methodology.ar.md?raw';
import methodologyEn from '../../../../docs/methodology.md?raw';
import methodologyEs from '../../../../docs/methodology.es.md?raw';
import methodologyFr from '../../../../docs/methodology.fr.md?raw';

const METHODOLOGY_MARKDOWN: Record<Lang, string> = {
  en: methodologyEn,
  fr: methodologyFr,
  es: methodologyEs,
  ar: methodologyAr,
};

/** docs/methodology.md in a language, as the file (a translation keeps its header naming the revision it translates). */
export function methodologyMarkdown(lang: Lang): string {
  return METHODOLOGY_MARKDOWN[lang];
}

/** The name of the downloaded file: the language says which translation it is. */
export function methodologyFileName(lang: Lang): string {
  return `cpc-methodology-${lang}.md`;
}
