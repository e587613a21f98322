import type { PatternIds } from './patterns';

/** Light grey with dark diagonal hatching. The same look as the .swatch-not-assessed legend swatch. */
export const NOT_ASSESSED_FILL = '#e6e6e6';
export const HATCH_STROKE = '#8c8c8c';
/** Near-white with dark dots. The same look as the .swatch-withheld legend swatch. */
export const WITHHELD_FILL = '#f7f7f7';
export const DOT_FILL = '#4d4d4d';

/**
 * The fills for what has no value: "not assessed" is hatched, "withheld" is dotted, and a region's value
 * standing in for a country's (national users' map) gets white stripes over its colour.
 */
export function ChartPatterns({ ids }: { ids: PatternIds }) {
  return (
    <defs>
      <pattern id={ids.notAssessed} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={NOT_ASSESSED_FILL} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_STROKE} strokeWidth="2" />
      </pattern>
      <pattern id={ids.withheld} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill={WITHHELD_FILL} />
        <circle cx="2.5" cy="2.5" r="1.1" fill={DOT_FILL} />
      </pattern>
      <pattern id={ids.regionValue} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="1.5" strokeOpacity="0.8" />
      </pattern>
    </defs>
  );
}
