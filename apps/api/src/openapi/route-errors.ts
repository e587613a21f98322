import { ImportErrorsResponseSchema, VersionConflictSchema } from '@cpc/domain';
import { ERROR, json, problem, SIGNED_IN } from './responses.js';
import type { ResponseObject } from './route-doc.js';

export { ERROR, SIGNED_IN };

/** The errors of a route reading one assessment by id. */
export const ASSESSMENT_BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message names the field or item code'),
  '404': problem('No such assessment'),
};

/** A write that states the version read, refused when someone saved meanwhile. */
export const STALE: ResponseObject = json(
  VersionConflictSchema,
  'The `version` sent is not the stored one (someone saved meanwhile; reload and apply again), or the status forbids it',
);

/** The errors of a route reading one operation or result by id. */
export const OPERATION_BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message and errors[].field name the field'),
  '404': problem('No such operation or result, or one outside the caller’s country'),
};

/** The errors of a bulk import of at most `limits` (e.g. `10 MB or 10,000 rows`). */
export function importErrors(limits: string, unprocessable: string): Record<string, ResponseObject> {
  return {
    '400': problem('No file, or a file that cannot be read'),
    ...SIGNED_IN,
    '413': problem(`Over ${limits}`),
    '415': problem('Not a CSV or XLSX file'),
    '422': json(ImportErrorsResponseSchema, unprocessable),
  };
}

/** The errors of the disclosure routes, by a country's ISO code. */
export const BY_ISO3 = {
  '400': problem('A malformed iso3, or a bad body: the message and errors[].field name the field'),
  '401': problem('Not signed in'),
  '404': problem('Unknown country (the message names iso3)'),
};
