import { localize } from '../../i18n.js';
import { DIMENSION_DEFINITIONS } from '../../instrument/dimensions.js';
import type { ColumnTextKey } from './column-texts.js';
import {
  asPercent,
  CODED,
  column,
  keyedColumn,
  STATISTICS,
  statistic,
  text,
  type LabelContext,
  type LabeledColumn,
} from './columns.js';
import type { ColumnUnit } from './file-texts.js';
import { actionPlanColumnOf } from './action-plan-column-texts.js';
import { registerColumnOf } from './register-column-texts.js';

type PlainRule = [key: ColumnTextKey, unit: ColumnUnit];

/** Fields that mean the same in every view. */
const PLAIN: Readonly<Record<string, PlainRule>> = {
  year: ['year', 'year'],
  members: ['members', 'count'],
  assessed: ['assessed', 'count'],
  coverage: ['coverage', 'percent'],
  notAssessed: ['notAssessed', 'count'],
  suppressed: ['suppressed', 'logical'],
  withGap: ['withGap', 'count'],
  count: ['difficultyCount', 'count'],
  id: ['assessmentId', 'code'],
  overall: ['overall', 'score'],
  'scores.overall': ['overall', 'score'],
  level: ['level', 'level'],
  'scores.level': ['level', 'level'],
  selfLevel: ['selfLevel', 'level'],
  'scores.selfLevel': ['selfLevel', 'level'],
  countries: ['reportingCountries', 'count'],
  operations: ['operations', 'count'],
  reported: ['reported', 'count'],
  arrests: ['arrests', 'count'],
  investigationsOpened: ['investigationsOpened', 'count'],
  controlledDeliveries: ['controlledDeliveries', 'count'],
  personsChecked: ['personsChecked', 'count'],
  seizureCases: ['seizureCases', 'count'],
  queries: ['queries', 'count'],
  hits: ['hits', 'count'],
  hitRate: ['hitRate', 'percent'],
};

/** Fields whose meaning depends on the view: `share` of a gap or of a difficulty, `operations` taken part in. */
const BY_VIEW: Readonly<Record<string, Readonly<Record<string, PlainRule>>>> = {
  gaps: { share: ['gapShare', 'percent'] },
  difficulties: { share: ['difficultyShare', 'percent'] },
  countries: { year: ['currentYear', 'year'] },
  map: { year: ['currentYear', 'year'] },
  participation: { operations: ['participated', 'count'] },
  'country-comparison': { regionMean: ['regionMeanIndex', 'score'], gapCount: ['gapItems', 'count'] },
};

const OUTCOME_TEXTS: Readonly<Record<string, PlainRule>> = {
  seizureCases: ['seizureCases', 'count'],
  arrests: ['arrests', 'count'],
  controlledDeliveries: ['controlledDeliveries', 'count'],
  hitRate: ['hitRate', 'percent'],
};

function plain(field: string, [key, unit]: PlainRule, ctx: LabelContext): LabeledColumn {
  return column(text(key, ctx), field, unit, unit === 'percent' ? asPercent : undefined);
}

/** The map's figure is the metric it was asked for (a dimension named); maturity-vs-outcomes' is an outcome. */
function valueColumnOf(field: string, ctx: LabelContext): LabeledColumn | null {
  const metric = String(ctx.filters.metric);
  if (ctx.view !== 'map') {
    const outcome = OUTCOME_TEXTS[metric];
    return outcome ? plain(field, outcome, ctx) : null;
  }
  if (metric === 'overall') return plain(field, ['overall', 'score'], ctx);
  if (metric === 'level') return plain(field, ['level', 'level'], ctx);
  const label = DIMENSION_DEFINITIONS.find((d) => d.code === metric)?.label;
  if (!label) return null;
  return column(text('dimensionScore', ctx, { dimension: localize(label, ctx.lang) }), field, 'score');
}

/**
 * The columns of a report-ready file that a machine column becomes: none for the names the file writes
 * beside their codes (`regionName.*`), two for a code (the code and its name), else one with a header in
 * the language; null for a field no rule names.
 */
export function labeledColumnsOf(field: string, ctx: LabelContext): LabeledColumn[] | null {
  if (field === 'regionName' || field.startsWith('regionName.')) return [];
  const coded = CODED[field];
  if (coded) return coded(field, ctx);
  const rule = BY_VIEW[ctx.view]?.[field] ?? PLAIN[field];
  if (rule) return [plain(field, rule, ctx)];
  if ((STATISTICS as readonly string[]).includes(field)) return [statistic(field as (typeof STATISTICS)[number], ctx)];
  if (field === 'value') {
    const value = valueColumnOf(field, ctx);
    return value ? [value] : null;
  }
  const keyed = keyedColumn(field, ctx) ?? registerColumnOf(field, ctx) ?? actionPlanColumnOf(field, ctx);
  return keyed ? [keyed] : null;
}
