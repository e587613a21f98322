import { localize, type Locale, type Localized } from '../../i18n.js';
import { DIMENSION_DEFINITIONS } from '../../instrument/dimensions.js';
import { findItem } from '../../instrument/items.js';
import { CONTINUUM_LEVELS } from '../../instrument/levels.js';
import { DIFFICULTIES } from '../../instrument/options.js';
import { CHECK_DATABASE_LABELS, COMMODITY_LABELS, SEIZURE_UNIT_LABELS } from '../../operations/vocabularies.js';
import type { ExportCell } from '../cells.js';
import type { ExportFilters } from '../tabular.js';
import { COLUMN_TEXTS, type ColumnTextKey } from './column-texts.js';
import { STATUS_TEXTS, type ColumnUnit } from './file-texts.js';

/** Names the API looks up for a file: regions of the grouping asked for, and countries. */
export interface ExportNames {
  region(code: string): Localized | null;
  country(iso3: string): Localized | null;
}

export interface LabelContext {
  lang: Locale;
  /** The export's name (`maturity`, `gaps`…): a field means what its view says. */
  view: string;
  filters: ExportFilters;
  names: ExportNames;
}

/** A column of a report-ready file: its header in the language, the machine field it comes from, its unit. */
export interface LabeledColumn {
  header: string;
  field: string;
  unit: ColumnUnit;
  cell(value: ExportCell): ExportCell;
}

export const same = (value: ExportCell): ExportCell => value;
/** Shares (0–1) as percentages with two decimals: 0.0417 → 4.17. */
export const asPercent = (value: ExportCell): ExportCell =>
  typeof value === 'number' ? Math.round(value * 10_000) / 100 : value;

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export const text = (key: ColumnTextKey, ctx: LabelContext, values: Record<string, string> = {}) =>
  fill(localize(COLUMN_TEXTS[key], ctx.lang), values);

export function column(header: string, field: string, unit: ColumnUnit, cell = same): LabeledColumn {
  return { header, field, unit, cell };
}

/** A code and, beside it, its name in the language (an unknown code keeps an empty name). */
function coded(
  field: string,
  keys: [code: ColumnTextKey, name: ColumnTextKey],
  ctx: LabelContext,
  nameOf: (code: string) => Localized | null | undefined,
): LabeledColumn[] {
  const name = (value: ExportCell) => {
    const found = typeof value === 'string' ? nameOf(value) : null;
    return found ? localize(found, ctx.lang) : null;
  };
  return [column(text(keys[0], ctx), field, 'code'), column(text(keys[1], ctx), field, 'name', name)];
}

const dimensionLabel = (code: string) => DIMENSION_DEFINITIONS.find((d) => d.code === code)?.label;
const levelName = (level: string) => CONTINUUM_LEVELS.find((l) => String(l.level) === level)?.name;

export const CODED: Record<string, (field: string, ctx: LabelContext) => LabeledColumn[]> = {
  region: (f, ctx) => coded(f, ['regionCode', 'region'], ctx, (code) => ctx.names.region(code)),
  country: (f, ctx) => coded(f, ['countryCode', 'country'], ctx, (code) => ctx.names.country(code)),
  code: (f, ctx) => coded(f, ['itemCode', 'item'], ctx, (code) => findItem(code)?.question),
  dimension: (f, ctx) => coded(f, ['dimensionCode', 'dimension'], ctx, dimensionLabel),
  option: (f, ctx) =>
    coded(f, ['difficultyCode', 'difficulty'], ctx, (c) => DIFFICULTIES.find((o) => o.code === c)?.label),
  status: (f, ctx) => coded(f, ['statusCode', 'status'], ctx, (c) => STATUS_TEXTS[c as keyof typeof STATUS_TEXTS]),
};

export const STATISTICS = ['mean', 'median', 'p25', 'p75', 'min', 'max'] as const;

export function statistic(field: (typeof STATISTICS)[number], ctx: LabelContext): LabeledColumn {
  const dimension = typeof ctx.filters.dimension === 'string' ? dimensionLabel(ctx.filters.dimension) : undefined;
  const subject = dimension ? localize(dimension, ctx.lang) : text('overallIndex', ctx);
  return column(text('statistic', ctx, { statistic: text(field, ctx), subject }), field, 'score');
}

/** Columns named by a vocabulary key: `levels.3`, `dimensions.liaison`, `quantities.cocaine.kg.cases`… */
export function keyedColumn(field: string, ctx: LabelContext): LabeledColumn | null {
  const parts = field.split('.');
  const [head, key, ...rest] = parts;
  if (key === undefined) return null;
  if (head === 'levels' || head === 'selfLevels') {
    const self = head === 'selfLevels' || (ctx.view === 'levels' && ctx.filters.kind === 'self');
    const name = levelName(key);
    return name
      ? column(
          text(self ? 'selfLevelCount' : 'computedLevelCount', ctx, { level: key, name: localize(name, ctx.lang) }),
          field,
          'count',
        )
      : null;
  }
  if (head === 'regionDimensions') {
    const label = dimensionLabel(key);
    return label
      ? column(text('regionDimensionMean', ctx, { dimension: localize(label, ctx.lang) }), field, 'score')
      : null;
  }
  const dimension = head === 'dimensions' ? key : head === 'scores' && key === 'dimensions' ? rest[0] : undefined;
  if (dimension !== undefined) {
    const label = dimensionLabel(dimension);
    const kind = ctx.view === 'maturity' ? 'dimensionMean' : 'dimensionScore';
    return label ? column(text(kind, ctx, { dimension: localize(label, ctx.lang) }), field, 'score') : null;
  }
  if (head === 'quantities') return quantityColumn(field, key, rest, ctx);
  if (head === 'databaseChecks') return databaseColumn(field, key, rest, ctx);
  return null;
}

/** A vocabulary's label for a key read from a column name, which may be any text. */
function lookup(labels: Readonly<Record<string, Localized>>, key: string | undefined): Localized | undefined {
  return key !== undefined && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

function quantityColumn(field: string, commodity: string, rest: string[], ctx: LabelContext): LabeledColumn | null {
  const [unit, cases] = rest;
  const commodityLabel = lookup(COMMODITY_LABELS, commodity);
  const unitLabel = lookup(SEIZURE_UNIT_LABELS, unit);
  if (!commodityLabel || !unitLabel || (cases !== undefined && cases !== 'cases')) return null;
  const values = { commodity: localize(commodityLabel, ctx.lang), unit: localize(unitLabel, ctx.lang) };
  return cases === undefined
    ? column(text('quantity', ctx, values), field, 'quantity')
    : column(text('quantityCases', ctx, values), field, 'count');
}

function databaseColumn(field: string, database: string, rest: string[], ctx: LabelContext): LabeledColumn | null {
  const label = lookup(CHECK_DATABASE_LABELS, database);
  if (!label) return null;
  const values = { database: localize(label, ctx.lang) };
  if (rest[0] === 'queries') return column(text('databaseQueries', ctx, values), field, 'count');
  if (rest[0] === 'hits') return column(text('databaseHits', ctx, values), field, 'count');
  if (rest[0] === 'hitRate') return column(text('databaseHitRate', ctx, values), field, 'percent', asPercent);
  return null;
}
