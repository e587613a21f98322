import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Bundled at build time: the map never fetches anything from the internet.
import atlas from 'world-atlas/countries-110m.json';
import { iso3OfAtlasArea } from './atlasIds';
import { SMALL_STATES } from './smallStates';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Antarctica (ISO 010) takes a fifth of the map and has no customs administration. */
const LEFT_OUT = new Set(['010']);

export interface AreaPath {
  /** Unique per area (two areas may share an ISO code, e.g. Cyprus and Northern Cyprus). */
  key: string;
  iso3: string | null;
  /** The atlas's English name, used only when the API's country list lacks the area. */
  atlasName: string;
  d: string;
}

/** A small area drawn as a symbol at its location, so that every member can be seen and clicked. */
export interface AreaMark {
  key: string;
  iso3: string;
  x: number;
  y: number;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

interface WorldGeometry {
  areas: AreaPath[];
  marks: AreaMark[];
}

let cached: WorldGeometry | null = null;

/** Every area of the world map as an SVG path and every small one as a point, projected once (Equal Earth). */
function worldGeometry(): WorldGeometry {
  if (cached) return cached;
  const topology = atlas as unknown as CountriesTopology;
  const collection = feature(topology, topology.objects.countries);
  const kept = collection.features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features: kept });
  const path = geoPath(projection);
  const areas = kept.flatMap((f, i) => {
    const d = path(f);
    if (!d) return [];
    const name = f.properties.name;
    return [{ key: `${String(f.id ?? name)}-${i}`, iso3: iso3OfAtlasArea(f.id, name), atlasName: name, d }];
  });
  const marks = SMALL_STATES.flatMap(([numeric, lon, lat]) => {
    const iso3 = iso3OfAtlasArea(numeric, '');
    const point = projection([lon, lat]);
    return iso3 && point ? [{ key: `mark-${numeric}`, iso3, x: point[0], y: point[1] }] : [];
  });
  cached = { areas, marks };
  return cached;
}

export function worldPaths(): AreaPath[] {
  return worldGeometry().areas;
}

export function smallAreaMarks(): AreaMark[] {
  return worldGeometry().marks;
}
