/**
 * The machine-readable codes of the API's errors, so that a client can say what went wrong in its reader's
 * language: the English `message` stays for API users, the `code` (and its `params`) is what a translation keys
 * on. A client meets a code it does not know (a newer API) by showing the message.
 */

/** Top-level codes: why a request was refused as a whole (the body's `code`). */
export const ERROR_CODES = [
  // 400 to 415: a request the API could not read or whose fields it refused (`errors` names each field).
  'invalid_fields',
  'invalid_json',
  'body_too_large',
  'unsupported_body',
  'file_too_large',
  'unexpected_file',
  'too_many_files',
  'bad_request',
  // 401 and 429: signing in.
  'sign_in_required',
  'session_expired',
  'invalid_credentials',
  'too_many_attempts',
  // 403: a cookie-authenticated write without its CSRF token, or sent from another site.
  'csrf_rejected',
  // 403: who may do what.
  'role_required',
  'forbidden_country',
  'edit_forbidden',
  'review_forbidden',
  'no_country',
  'result_forbidden',
  'builtin_grouping',
  'disclosure_forbidden',
  'disclosure_history_forbidden',
  'confidential_figures',
  'published_only',
  // 404: what does not exist.
  'assessment_not_found',
  'operation_not_found',
  'result_not_found',
  'grouping_not_found',
  'region_not_found',
  'country_not_found',
  'user_not_found',
  'instrument_not_found',
  'action_not_found',
  // 409 and 422: the state of what is changed.
  'assessment_exists',
  'version_conflict',
  'not_editable',
  'transition_conflict',
  'not_submittable',
  'concurrent_import',
  'operation_code_taken',
  'result_exists',
  'participants_reported',
  'email_taken',
  'instrument_exists',
  // 5xx.
  'database_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The problems of a submitted answer or comment (validateAnswers, validateComments): each issue's `reason`, and
 * the code of its field error when the answers come in a request body.
 */
export const ANSWER_ISSUE_CODES = [
  'unknown_item',
  'expected_option',
  'expected_options',
  'expected_text',
  'text_too_long',
  'expected_level',
  'unknown_option',
  'duplicate_option',
  'exclusive_option',
  'select_one',
  'applies_only_if',
  'applies_only_if_not',
  'applies_only_if_fewer',
] as const;
export type AnswerIssueCode = (typeof ANSWER_ISSUE_CODES)[number];

/**
 * The problems of one cell of an import file (each entry of a 422's `errors`, with its row and column), besides
 * the field codes that also fit a cell (`required`, `invalid_value`, `too_big`, `unknown_country`…).
 */
export const IMPORT_ISSUE_CODES = [
  'unknown_column',
  'duplicate_column',
  'missing_column',
  'no_column_header',
  'no_data_rows',
  'duplicate_row',
  'not_iso3',
  'not_integer',
  'not_a_number',
  'not_a_date',
  'not_yes_no',
  'not_a_code',
  'required_with',
  'must_be_empty',
  'differs_from_row',
  'seizures_conflict',
  'no_unit_at_site',
  'not_your_country',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * Field codes: what is wrong with one field (each entry of `errors`). The first ones follow zod's issue codes;
 * `invalid` is a rule with no code of its own, said only by the message.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'too_small',
  'too_big',
  'invalid_format',
  'not_multiple_of',
  'unknown_fields',
  'invalid',
  'unknown_country',
  'end_before_start',
  'not_participant',
  'unstorable_text',
  'too_deep',
  'unknown_region',
  'membership_later',
  'already_member',
  'no_membership',
  'integer_required',
  'listed_twice',
  'hits_exceed_queries',
  'duplicate_seizure',
  'outside_year',
  'reserved_code',
  'membership_overlap',
  ...ANSWER_ISSUE_CODES,
  ...IMPORT_ISSUE_CODES,
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/**
 * What a code's text needs: a bound, the allowed values, the value refused… Lists are arrays, so that a client
 * joins them its own way.
 */
export type ErrorParams = Record<string, string | number | string[]>;

const ERROR_CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);
const FIELD_ERROR_CODE_SET: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && ERROR_CODE_SET.has(code);
}

export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && FIELD_ERROR_CODE_SET.has(code);
}
