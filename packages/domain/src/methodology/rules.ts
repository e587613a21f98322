import type { MethodologyVersion } from './version.js';

/**
 * What a methodology version changes, stated as data (docs/methodology.md):
 * - optionPoints: item code → option code → points, in place of the instrument's (v1) points;
 * - index: `dimensions`, the unweighted mean of the nine dimension scores (v1), or `items`, the mean of
 *   every applicable scored item, so that each item weighs the same (v2).
 * Levels are read off the index in 20-point bands under every version.
 */
export interface MethodologyRules {
  version: MethodologyVersion;
  optionPoints: Readonly<Record<string, Readonly<Record<string, number>>>>;
  index: 'dimensions' | 'items';
}

/** One scale of legal basis for A.1, A.3.2 and A.4.2: informal < MoU < MoA < legislation. */
const BASIS_V2 = { informal: 0.25, mou: 0.5, moa: 0.75, legislation: 1 };
/** Using the other service's capability is cooperation: it scores as much as having one's own. */
const CAPABILITY_V2 = { none: 0, other_agency: 1, own: 1, own_framework: 1 };

export const METHODOLOGY_RULES: Readonly<Record<MethodologyVersion, MethodologyRules>> = {
  v1: { version: 'v1', optionPoints: {}, index: 'dimensions' },
  v2: {
    version: 'v2',
    optionPoints: {
      'A.1': { none: 0, ...BASIS_V2, joint_committee: 0.25 },
      // Has a protocol been concluded: a fact, so "partially" counts as not concluded.
      'A.2.1': { yes: 1, partial: 0, no: 0 },
      'A.3.2': BASIS_V2,
      'A.4.2': BASIS_V2,
      'A.10': CAPABILITY_V2,
      'A.12': CAPABILITY_V2,
    },
    index: 'items',
  },
};
