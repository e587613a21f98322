import type { FocusEvent, MouseEvent, ReactNode } from 'react';
import type { Cell } from '../analytics/cells';
import { fillUrl, type PatternIds } from '../chart/patterns';
import type { Fill } from '../chart/colourScale';
import { navigate } from '../router/history';
import { isPlainClick } from '../router/isPlainClick';
import type { MapEntry } from './mapValues';
import type { AreaMark, AreaPath } from './worldPaths';

/** Areas outside the grouping: present, but plainly not part of the figures. */
const OUTSIDE_FILL = '#f2f2f2';
const BORDER = '#ffffff';
/** Outside areas get a grey outline, or they would vanish into the white page. */
const OUTSIDE_BORDER = '#c4c4c4';
/** A small state's symbol: large enough to see and to hit with a finger on a phone-sized map. */
const MARK_RADIUS = 4;
const MARK_BORDER = '#333333';

/** Where the tooltip goes: at the pointer, or at the middle of a focused country. */
export type PointAt = (event: MouseEvent | FocusEvent, iso3: string | null, name: string) => void;

export interface AreaInteraction {
  entries: ReadonlyMap<string, MapEntry>;
  fillOf: (cell: Cell) => Fill;
  patterns: PatternIds;
  /** The country's profile address, or null when the reader may not open it. */
  hrefOf: (iso3: string) => string | null;
  describe: (iso3: string | null, atlasName: string) => string;
  pointAt: PointAt;
  leave: () => void;
}

function colourOf(fill: Fill | null, patterns: PatternIds): string {
  if (fill === null) return OUTSIDE_FILL;
  if (fill.kind === 'colour') return fill.colour;
  return fillUrl(fill.kind === 'withheld' ? patterns.withheld : patterns.notAssessed);
}

/** A country the reader may open is a link: reachable by Tab, opened by Enter, and in a new tab by Ctrl-click. */
function Openable(props: { iso3: string | null; name: string; on: AreaInteraction; children: ReactNode }) {
  const { iso3, name, on, children } = props;
  const href = iso3 !== null && props.on.entries.has(iso3) ? on.hrefOf(iso3) : null;
  if (href === null) return <g>{children}</g>;
  return (
    <a
      href={href}
      className="map-link"
      aria-label={on.describe(iso3, name)}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        navigate(href);
      }}
      onFocus={(e) => {
        on.pointAt(e, iso3, name);
      }}
      onBlur={on.leave}
    >
      {children}
    </a>
  );
}

/** One area: its fill (a colour, or a pattern for no value), hatched when it shows its region's mean. */
export function MapArea({ area, on }: { area: AreaPath; on: AreaInteraction }) {
  const entry = area.iso3 ? on.entries.get(area.iso3) : undefined;
  const fill = entry ? on.fillOf(entry.cell) : null;
  return (
    <Openable iso3={area.iso3} name={area.atlasName} on={on}>
      <path
        d={area.d}
        fill={colourOf(fill, on.patterns)}
        stroke={entry ? BORDER : OUTSIDE_BORDER}
        strokeWidth={0.5}
        className="map-area"
        data-iso3={area.iso3 ?? undefined}
        data-state={entry?.cell.state ?? 'outside'}
        data-source={entry?.source}
        onMouseMove={(e) => {
          on.pointAt(e, area.iso3, area.atlasName);
        }}
      />
      {entry?.source === 'region' && fill?.kind === 'colour' && (
        <path d={area.d} fill={fillUrl(on.patterns.regionValue)} pointerEvents="none" />
      )}
    </Openable>
  );
}

/** A small member drawn as a circle at its location; areas outside the grouping get none. */
export function MapMark({ mark, on }: { mark: AreaMark; on: AreaInteraction }) {
  const entry = on.entries.get(mark.iso3);
  if (!entry) return null;
  return (
    <Openable iso3={mark.iso3} name={mark.iso3} on={on}>
      <circle
        cx={mark.x}
        cy={mark.y}
        r={MARK_RADIUS}
        fill={colourOf(on.fillOf(entry.cell), on.patterns)}
        stroke={MARK_BORDER}
        strokeWidth={0.8}
        className="map-area map-mark"
        data-iso3={mark.iso3}
        data-state={entry.cell.state}
        data-source={entry.source}
        onMouseMove={(e) => {
          on.pointAt(e, mark.iso3, mark.iso3);
        }}
      />
    </Openable>
  );
}
