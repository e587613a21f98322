import { localize, type Localized } from '../../i18n.js';
import { DIMENSION_DEFINITIONS } from '../../instrument/dimensions.js';
import {
  ACTIVITY_LABELS,
  COMMODITY_LABELS,
  PROGRAMME_LABELS,
  type Activity,
  type Commodity,
  type Programme,
} from '../../operations/vocabularies.js';
import { COLUMN_TEXTS } from './column-texts.js';
import { fill, type LabelContext } from './columns.js';
import { SUBJECT_TEXTS } from './file-texts.js';

type SubjectKey = keyof typeof SUBJECT_TEXTS;

const subject = (key: SubjectKey, ctx: LabelContext, name?: Localized): string =>
  fill(localize(SUBJECT_TEXTS[key], ctx.lang), { name: name ? localize(name, ctx.lang) : '' });

const filterOf = (ctx: LabelContext, key: string): string | null => {
  const value = ctx.filters[key];
  return typeof value === 'string' ? value : null;
};

/** `dimension: Liaison` when the file holds one dimension's scores. */
export function dimensionSubject(ctx: LabelContext): string[] {
  const label = DIMENSION_DEFINITIONS.find((d) => d.code === filterOf(ctx, 'dimension'))?.label;
  return label ? [subject('dimension', ctx, label)] : [];
}

/** `dimension: Liaison` when the map's metric is a dimension. */
export function dimensionOfMetricSubject(ctx: LabelContext): string[] {
  const label = DIMENSION_DEFINITIONS.find((d) => d.code === filterOf(ctx, 'metric'))?.label;
  return label ? [subject('dimension', ctx, label)] : [];
}

/** Computed or self-assessed levels. */
export const levelKindSubject = (ctx: LabelContext): string[] => [
  subject(ctx.filters.kind === 'self' ? 'selfLevels' : 'computedLevels', ctx),
];

/** The outcome set against maturity. */
export function metricSubject(ctx: LabelContext): string[] {
  const metric = filterOf(ctx, 'metric');
  const label = metric && metric in COLUMN_TEXTS ? COLUMN_TEXTS[metric as keyof typeof COLUMN_TEXTS] : null;
  return label ? [subject('metric', ctx, label)] : [];
}

/** The programme, activity and commodity the operations are narrowed to. */
export function operationsSubject(ctx: LabelContext): string[] {
  const programme = PROGRAMME_LABELS[filterOf(ctx, 'programme') as Programme] as Localized | undefined;
  const activity = ACTIVITY_LABELS[filterOf(ctx, 'activity') as Activity] as Localized | undefined;
  const commodity = COMMODITY_LABELS[filterOf(ctx, 'commodity') as Commodity] as Localized | undefined;
  return [
    ...(programme ? [subject('programme', ctx, programme)] : []),
    ...(activity ? [subject('activity', ctx, activity)] : []),
    ...(commodity ? [subject('commodity', ctx, commodity)] : []),
  ];
}

/** The country a profile is of, by name. */
export function countrySubject(ctx: LabelContext): string[] {
  const name = ctx.names.country(filterOf(ctx, 'iso3') ?? '');
  return name ? [localize(name, ctx.lang)] : [];
}

/** The years a file covers: `2016–2026`, or the as-of year. */
function yearsOf(ctx: LabelContext): string | null {
  const { from, to, year } = ctx.filters;
  if (typeof from === 'number' && typeof to === 'number') return from === to ? String(from) : `${from}–${to}`;
  return typeof year === 'number' ? String(year) : null;
}

/** A file's title: what it holds, what it is narrowed to, the years. */
export function exportTitle(
  title: Localized,
  subjects: ((ctx: LabelContext) => string[]) | undefined,
  ctx: LabelContext,
): string {
  const parts = [localize(title, ctx.lang), ...(subjects?.(ctx) ?? [])].join(' — ');
  const years = yearsOf(ctx);
  const comma = ctx.lang === 'ar' ? '،' : ',';
  return years === null ? parts : `${parts}${comma} ${years}`;
}
