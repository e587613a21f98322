import { levelColour } from './colourScale';
import type { SegmentKey } from '../analytics/levelRows';
import { fillUrl, type PatternIds } from './patterns';

/** How each part of a level bar is filled: the levels along the sequential scale, the rest with patterns. */
export function segmentFill(key: SegmentKey, patterns: PatternIds): string {
  if (key === 'withheld') return fillUrl(patterns.withheld);
  if (key === 'notAssessed') return fillUrl(patterns.notAssessed);
  return levelColour(Number(key));
}
