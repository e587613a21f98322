import { MapValuesQuerySchema, MapValuesResponseSchema } from '../schemas/map-values.js';
import { filterValue } from '../exports/tabular.js';
import { dimensionOfMetricSubject } from '../exports/labels/titles.js';
import { defineView } from './view.js';

/**
 * The map's own answer: one figure per country, a few bytes each, so that a grouping of thousands of members
 * (sub-national units, say) stays a small download; the full list with every score stays at
 * analytics/countries.
 */
export const mapValuesView = defineView({
  route: 'analytics/countries/map',
  access: 'signed-in',
  query: MapValuesQuerySchema,
  response: MapValuesResponseSchema,
  export: {
    name: 'map',
    title: {
      en: 'Map values by country',
      fr: 'Valeurs de la carte par pays',
      es: 'Valores del mapa por país',
      ar: 'قيم الخريطة حسب البلد',
    },
    subject: dimensionOfMetricSubject,
    list: 'items',
    counts: 'assessments',
    fileName: (f) => [
      filterValue(f, 'grouping'),
      filterValue(f, 'region'),
      filterValue(f, 'year'),
      filterValue(f, 'metric'),
    ],
  },
  summary:
    'One figure (metric) of each member country’s current assessment in a year, for the map: country, value, year and status only. Country details: national users get their own country and those that share their figures with members.',
  notFound: 'Unknown grouping (analysts and admins), or a region the grouping does not have',
  clientParams: ['grouping', 'year', 'metric', 'region', 'status', 'methodology', 'limit', 'offset'],
  queryKey: 'map-values',
});
