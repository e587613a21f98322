import { DisclosureHistoryResponseSchema, DisclosureResponseSchema, UpdateDisclosureRequestSchema } from '@cpc/domain';
import { body, json, operation, problem } from './openapi-helpers.js';

const TAG = 'disclosure';
const ISO3 = {
  name: 'iso3',
  in: 'path',
  required: true,
  description: 'ISO 3166-1 alpha-3 code, e.g. FRA',
  schema: { type: 'string', pattern: '^[A-Z]{3}$' },
};
const ERRORS = {
  '400': problem('A malformed iso3, or a bad body: the message and errors[].field name the field'),
  '401': problem('Not signed in'),
  '404': problem('Unknown country (the message names iso3)'),
};

/** Each administration's disclosure preference (docs/disclosure.md): who may see its country-level figures. */
export function disclosurePaths(): Record<string, object> {
  return {
    '/api/countries/{iso3}/disclosure': {
      get: operation(
        'A country’s disclosure preference, for every signed-in user: confidential (the default; updatedAt and updatedBy null until changed) or members',
        { parameters: [ISO3], responses: { '200': json(DisclosureResponseSchema, 'OK'), ...ERRORS } },
        TAG,
      ),
      put: operation(
        'Set a country’s disclosure preference (its coordinator, or an admin); takes effect at once in every view and export, and is kept in the history',
        {
          parameters: [ISO3],
          requestBody: body(UpdateDisclosureRequestSchema, 'The level'),
          responses: {
            '200': json(DisclosureResponseSchema, 'Set'),
            ...ERRORS,
            '403': problem(
              'Neither the country’s coordinator nor an admin (analysts, viewers and other countries’ coordinators): the message names iso3',
            ),
          },
        },
        TAG,
      ),
    },
    '/api/countries/{iso3}/disclosure/history': {
      get: operation(
        'Every change of a country’s disclosure preference, newest first, with who made it (analysts, admins and the country’s own national users)',
        {
          parameters: [ISO3],
          responses: {
            '200': json(DisclosureHistoryResponseSchema, 'OK'),
            ...ERRORS,
            '403': problem('A national user of another country: the message names iso3'),
          },
        },
        TAG,
      ),
    },
  };
}
