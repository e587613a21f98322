import { inEveryLocale, localize, type Locale, type Localized } from '../i18n.js';
import { optionsUnder } from '../methodology/points.js';
import type { MethodologyVersion } from '../methodology/version.js';
import type { InstrumentResponse } from '../schemas/instrument.js';
import { DIMENSION_DEFINITIONS } from './dimensions.js';
import { INSTRUMENT_ITEMS } from './items.js';
import { CONTINUUM_LEVELS } from './levels.js';

/**
 * The public instrument with its options' points under a methodology version, with texts in one locale, or in
 * every locale when none is asked for.
 */
export function instrumentView(version: MethodologyVersion, lang?: Locale): InstrumentResponse {
  const t = (text: Localized): string | Localized => (lang ? localize(text, lang) : inEveryLocale(text));
  return {
    methodologyVersion: version,
    dimensions: DIMENSION_DEFINITIONS.map((d) => ({
      code: d.code,
      label: t(d.label),
      section: d.section,
      sectionTitle: t(d.sectionTitle),
      guidance: t(d.guidance),
    })),
    levels: CONTINUUM_LEVELS.map((l) => ({ level: l.level, name: t(l.name), description: t(l.description) })),
    items: INSTRUMENT_ITEMS.map((item) => ({
      code: item.code,
      type: item.type,
      dimension: item.dimension,
      applies: item.applies,
      scoring: item.scoring,
      options: optionsUnder(item, version).map((o) => ({ ...o, label: t(o.label) })),
      question: t(item.question),
      gaps: t(item.gaps),
      solutions: t(item.solutions),
      ...(item.note ? { note: t(item.note) } : {}),
    })),
  };
}
